using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>
/// Samvy down for the whole run ("samvy-nere") is the environment, not the product: a scenario that needs Samvy stops
/// as an environment failure naming Samvy ("broken", category Miljöfel), and a scenario within SAMSA still runs and passes.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class UnreachableTenantTests
{
    private static readonly System.Reflection.Assembly Suite = FaultedRun.Suite;
    private readonly string _results = Path.Combine(Path.GetTempPath(), "e2e-unreachable-tenant-" + Guid.NewGuid());

    [OneTimeSetUp]
    public Task StartSuiteWithSamvyDownAsync() => FaultedRun.StartAsync("samvy-nere", _results);

    [OneTimeTearDown]
    public Task EndSuiteAsync() => FaultedRun.EndAsync();

    [Test]
    public async Task A_scenario_that_needs_Samvy_is_an_environment_failure_naming_Samvy()
    {
        var scenario = P04("Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA");

        var act = () => ScenarioExecutor.RunAsync(scenario, Suite);

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;

        failure.Message.Should().StartWith("MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:");
        var result = Directory.EnumerateFiles(_results, "*-result.json").Select(AllureResult.Read).Single(r => r.Name == scenario.ScenarioTitle);
        result.Status.Should().Be("broken", "a system that did not answer is no product failure");
        result.Message.Should().Be(failure.Message);
    }

    [Test]
    public async Task A_scenario_within_SAMSA_still_runs_and_passes() =>
        await ScenarioExecutor.RunAsync(P04("Meddelande från en avdelning i SAMSA når kommunens inkorg i SAMSA"), Suite);

    private static ScenarioCase P04(string scenarioName) => FaultedRun.P04(scenarioName);
}
