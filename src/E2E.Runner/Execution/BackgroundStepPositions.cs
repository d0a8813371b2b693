using E2E.Runner.Discovery;
using Reqnroll.BoDi;

namespace E2E.Runner.Execution;

/// <summary>
/// Tells reporters which of the scenario's steps come from a Bakgrund: Reqnroll runs them like the scenario's own.
/// Registered in the scenario's container as an int[] of positions (from 0, in running order) under <see cref="Name"/>,
/// so a reporter needs no reference to the runner.
/// </summary>
public static class BackgroundStepPositions
{
    public const string Name = "E2E.Runner.BackgroundSteps";

    public static void Register(IObjectContainer scenarioContainer, ScenarioCase scenario)
    {
        var positions = scenario.Steps.Select((step, position) => (step, position))
            .Where(s => s.step.FromBackground).Select(s => s.position).ToArray();
        scenarioContainer.RegisterInstanceAs(positions, Name);
    }
}
