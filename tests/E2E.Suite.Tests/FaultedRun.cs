using E2E.Runner.Discovery;
using E2E.Specs.Running;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>A whole test run of the real suite against the embedded tenants with one named fault switched on.</summary>
internal static class FaultedRun
{
    public static readonly System.Reflection.Assembly Suite = typeof(FeatureScenarios).Assembly;

    public static Task StartAsync(string fault, string allureResults)
    {
        Environment.SetEnvironmentVariable("E2E_ENVIRONMENT", "local");
        Environment.SetEnvironmentVariable("E2E_TENANT_FAULTS", fault);
        Environment.SetEnvironmentVariable("E2E_ALLURE_RESULTS", allureResults);
        return TestRunnerManager.OnTestRunStartAsync(Suite);
    }

    public static async Task EndAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(Suite);
        Environment.SetEnvironmentVariable("E2E_TENANT_FAULTS", null);
    }

    public static ScenarioCase P04(string scenarioName) =>
        ScenarioCatalog.Load(ScenarioCatalog.DefaultFeaturesDirectory)
            .Single(c => c.FeatureFile.StartsWith("features/P04", StringComparison.Ordinal) && c.DisplayName.EndsWith(scenarioName, StringComparison.Ordinal));
}
