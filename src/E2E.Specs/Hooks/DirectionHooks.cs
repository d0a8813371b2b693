using E2E.Drivers;
using E2E.Reporting;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>
/// Records the direction the scenario exercised (sender's system → receiver's system), as the directory says at
/// run time, so testers never tag it and the process matrix cannot be told a wrong story. A scenario that failed
/// while sending still gets its direction: a red cell, not an uncovered one.
/// </summary>
[Binding]
public sealed class DirectionHooks(ScenarioState state, UnitDirectoryDriver directory, ScenarioContext scenario)
{
    [AfterScenario(Order = 10)]
    public async Task RecordDirectionAsync()
    {
        var direction = state.SentNotice is { } sent
            ? CareSystemNames.Direction(sent.SenderSystem, sent.RecipientSystem)
            : state is { Admission: { } admission, Recipient: { } recipient }
                ? CareSystemNames.Direction(
                    await directory.SystemOfAsync(admission.Ward), await directory.SystemOfAsync(recipient))
                : null;
        if (direction is not null) ScenarioReport.AddLabel(scenario, "riktning", direction);
    }
}
