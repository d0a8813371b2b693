using E2E.Reporting.Results;
using Reqnroll;

namespace E2E.Reporting.Reqnroll;

/// <summary>
/// Keeps each scenario's recording in that scenario's own container, so anything holding the
/// ScenarioContext (steps, hooks, drivers) finds it, and parallel scenarios never share one.
/// </summary>
internal static class RecordingStore
{
    public static void Put(IScenarioContext scenario, ScenarioRecording recording)
        => scenario.ScenarioContainer.RegisterInstanceAs(recording);

    public static ScenarioRecording? Find(IScenarioContext? scenario)
    {
        var container = scenario?.ScenarioContainer;
        return container is not null && container.IsRegistered<ScenarioRecording>()
            ? container.Resolve<ScenarioRecording>()
            : null;
    }
}
