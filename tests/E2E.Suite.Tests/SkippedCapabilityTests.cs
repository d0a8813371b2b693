using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Specs.Running;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>
/// A scenario that needs the test clock, run against an environment of real tenants (addresses nobody answers on):
/// it is skipped with the reason, in the test run and in the report, before anything is sent to a tenant.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class SkippedCapabilityTests
{
    private const string EnvironmentName = "utan-testklocka";
    private static readonly System.Reflection.Assembly Suite = typeof(FeatureScenarios).Assembly;
    private readonly string _results = Path.Combine(Path.GetTempPath(), "e2e-skipped-" + Guid.NewGuid());
    private readonly string _environmentFile = Path.Combine(AppContext.BaseDirectory, "environments", EnvironmentName + ".json");
    private string? _now;

    [OneTimeSetUp]
    public async Task StartARunAgainstRealTenantsAsync()
    {
        // Port 9 (discard) on loopback: any request would fail, so a skip proves nothing was sent.
        await File.WriteAllTextAsync(_environmentFile, """
            { "name": "utan-testklocka", "embeddedTenants": false,
              "samsa": { "baseUrl": "http://127.0.0.1:9/samsa/" }, "samvy": { "baseUrl": "http://127.0.0.1:9/samvy/" },
              "integration": { "baseUrl": "http://127.0.0.1:9/integration/" },
              "allowedHosts": [ "127.0.0.1" ], "credentials": {} }
            """);
        _now = Environment.GetEnvironmentVariable("E2E_NOW"); // real tenants run on real time: the run refuses E2E_NOW
        Environment.SetEnvironmentVariable("E2E_NOW", null);
        Environment.SetEnvironmentVariable("E2E_ENVIRONMENT", EnvironmentName);
        Environment.SetEnvironmentVariable("E2E_ALLURE_RESULTS", _results);
        await TestRunnerManager.OnTestRunStartAsync(Suite);
    }

    [OneTimeTearDown]
    public async Task EndRunAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(Suite);
        Environment.SetEnvironmentVariable("E2E_ENVIRONMENT", "local");
        Environment.SetEnvironmentVariable("E2E_NOW", _now);
        File.Delete(_environmentFile);
    }

    [Test]
    public async Task A_clock_scenario_is_skipped_with_the_reason_and_reported_as_skipped()
    {
        var scenario = ScenarioCatalog.Load(ScenarioCatalog.DefaultFeaturesDirectory)
            .First(c => c.Tags.Contains("kräver:testklocka") && c.FeatureFile.StartsWith("features/P05", StringComparison.Ordinal));

        var act = () => ScenarioExecutor.RunAsync(scenario, Suite);

        (await act.Should().ThrowAsync<IgnoreException>()).Which.Message.Should()
            .Be("Hoppas över: miljön utan-testklocka saknar en testklocka att ställa " +
                $"(@kräver:testklocka står inte under \"förmågor\" i environments{Path.DirectorySeparatorChar}utan-testklocka.json).");
        var result = Directory.EnumerateFiles(_results, "*-result.json").Select(AllureResult.Read).Single(r => r.Name == scenario.ScenarioTitle);
        result.Status.Should().Be("skipped");
        result.Message.Should().Contain("Hoppas över: miljön utan-testklocka");
    }
}
