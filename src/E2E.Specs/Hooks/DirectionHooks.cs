using E2E.Drivers;
using E2E.Reporting;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>
/// Records the direction the scenario actually exercised (sender's system → receiver's system), as the directory
/// said at run time, so testers never have to tag it and the process matrix cannot be told a wrong story.
/// </summary>
[Binding]
public sealed class DirectionHooks(ScenarioState state, ScenarioContext scenario)
{
    [AfterScenario(Order = 10)]
    public void RecordDirection()
    {
        if (state.SentNotice is { } notice)
            ScenarioReport.AddLabel(scenario, "riktning",
                CareSystemNames.Direction(notice.SenderSystem, notice.RecipientSystem));
    }
}
