using E2E.Drivers.Messages;
using E2E.Reporting;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>
/// Labels the result with every direction its messages took (sender's system → receiver's system), as recorded
/// where they were sent, so testers never tag it and the process matrix cannot be told a wrong story.
/// </summary>
[Binding]
public sealed class DirectionHooks(DirectionLog directions, ScenarioContext scenario)
{
    [AfterScenario(Order = 10)]
    public void RecordDirections()
    {
        foreach (var direction in directions.All) ScenarioReport.AddLabel(scenario, "riktning", direction);
    }
}
