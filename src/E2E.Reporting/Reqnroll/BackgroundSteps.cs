using Reqnroll;

namespace E2E.Reporting.Reqnroll;

/// <summary>
/// Which of a scenario's steps come from a Bakgrund. Reqnroll runs them like any other step and keeps the parsed
/// feature to itself, so our runner registers their positions in the scenario's container (E2E.Runner's
/// BackgroundStepPositions; reporting does not depend on the runner, hence the shared name).
/// </summary>
internal static class BackgroundSteps
{
    internal const string RunnerRegistrationName = "E2E.Runner.BackgroundSteps";

    /// <summary>Positions (from 0) in the order the steps run; empty when the runner registered none.</summary>
    public static IReadOnlySet<int> Positions(IScenarioContext scenario) =>
        scenario.ScenarioContainer.IsRegistered<int[]>(RunnerRegistrationName)
            ? scenario.ScenarioContainer.Resolve<int[]>(RunnerRegistrationName).ToHashSet()
            : new HashSet<int>();
}
