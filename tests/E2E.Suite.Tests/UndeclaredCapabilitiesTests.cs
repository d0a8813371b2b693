using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Specs.Running;
using E2E.Tenants.Host;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>
/// The simulated tenants started on their own, reached as real tenants would be: an environment file with their
/// addresses and "embeddedTenants": false. With "förmågor": [] scenarios without @kräver run and pass, each @kräver
/// scenario is skipped with the reason, and the tenants' test-only API (_sim/…) receives not one request. With only
/// "testklocka" declared, the clock scenario runs and the clock is all the suite asks _sim for.
/// </summary>
[TestFixture(""), TestFixture("testklocka"), NonParallelizable, Category("formagor")]
public sealed class UndeclaredCapabilitiesTests(string declared)
{
    private static readonly string[] All = ["testklocka", "fel", "katalog", "avveckling"];
    private string EnvironmentName => declared.Length == 0 ? "utan-formagor" : "bara-" + declared;
    private static readonly System.Reflection.Assembly Suite = typeof(FeatureScenarios).Assembly;
    private readonly string _results = Path.Combine(Path.GetTempPath(), "e2e-formagor-" + Guid.NewGuid());
    private string EnvironmentFile => Path.Combine(AppContext.BaseDirectory, "environments", EnvironmentName + ".json");
    private readonly Dictionary<string, string?> _before = [];
    private SimulatedTenants? _tenants;
    private int _requestsAtStart;

    [OneTimeSetUp]
    public async Task StartTenantsAndARunAgainstThemAsync()
    {
        // Real time, as real tenants run: without "testklocka" the suite reads no clock but the real one.
        _tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions());
        _requestsAtStart = _tenants.SimulationRequests.Count; // the host's own start reads its demo users there
        await File.WriteAllTextAsync(EnvironmentFile, $$"""
            { "name": "{{EnvironmentName}}", "embeddedTenants": false,
              "samsa": { "baseUrl": "{{_tenants.SamsaUrl}}" }, "samvy": { "baseUrl": "{{_tenants.SamvyUrl}}" },
              "integration": { "baseUrl": "{{_tenants.IntegrationUrl}}" },
              "allowedHosts": [ "127.0.0.1" ], "förmågor": [{{(declared.Length == 0 ? "" : $"\"{declared}\"")}}],
              "credentials": {
                "samsa": { "clientId": "${FORMAGOR_SAMSA_ID}", "clientSecret": "${FORMAGOR_SAMSA_SECRET}" },
                "samvy": { "clientId": "${FORMAGOR_SAMVY_ID}", "clientSecret": "${FORMAGOR_SAMVY_SECRET}" } } }
            """);
        // The secrets of this start go through the process environment, as a pipeline's would, never into the file;
        // a run against tenants without a test clock refuses E2E_NOW.
        var variables = new Dictionary<string, string?>
        {
            ["FORMAGOR_SAMSA_ID"] = _tenants.SamsaClient.ClientId, ["FORMAGOR_SAMSA_SECRET"] = _tenants.SamsaClient.ClientSecret,
            ["FORMAGOR_SAMVY_ID"] = _tenants.SamvyClient.ClientId, ["FORMAGOR_SAMVY_SECRET"] = _tenants.SamvyClient.ClientSecret,
            ["E2E_NOW"] = null, ["E2E_ENVIRONMENT"] = EnvironmentName, ["E2E_ALLURE_RESULTS"] = _results,
        };
        foreach (var (name, value) in variables)
        {
            _before[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
        await TestRunnerManager.OnTestRunStartAsync(Suite);
    }

    [OneTimeTearDown]
    public async Task EndRunAndTenantsAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(Suite);
        foreach (var (name, value) in _before) Environment.SetEnvironmentVariable(name, value);
        File.Delete(EnvironmentFile);
        if (_tenants is not null) await _tenants.DisposeAsync();
    }

    [Test]
    public async Task Scenarios_run_and_kraver_scenarios_are_skipped_and_sim_is_asked_only_for_what_was_declared()
    {
        var catalog = ScenarioCatalog.Load(ScenarioCatalog.DefaultFeaturesDirectory);
        var p04 = catalog.First(c => c.FeatureFile.StartsWith("features/P04", StringComparison.Ordinal) && !c.Tags.Any(IsCapabilityTag));

        await ScenarioExecutor.RunAsync(p04, Suite);

        foreach (var capability in All)
        {
            // The declared one alone, so that it can run; the others may come with more (P13 needs three).
            var scenario = capability == declared
                ? catalog.First(c => c.Tags.Where(IsCapabilityTag).SequenceEqual(["kräver:" + capability]))
                : catalog.First(c => c.Tags.Contains("kräver:" + capability));
            var act = () => ScenarioExecutor.RunAsync(scenario, Suite);
            if (capability == declared)
            {
                await act.Should().NotThrowAsync(scenario.DisplayName);
                continue;
            }
            (await act.Should().ThrowAsync<IgnoreException>(scenario.DisplayName)).Which.Message.Should()
                .StartWith($"Hoppas över: miljön {EnvironmentName} saknar ").And.Contain("@kräver:" + capability)
                .And.Contain($"står inte under \"förmågor\" i environments{Path.DirectorySeparatorChar}{EnvironmentName}.json");
        }
        var results = Directory.EnumerateFiles(_results, "*-result.json").Select(AllureResult.Read).ToList();
        results.Single(r => r.Name == p04.ScenarioTitle).Status.Should().Be("passed");
        results.Count(r => r.Status == "skipped").Should().Be(declared.Length == 0 ? 4 : 3);
        var asked = _tenants!.SimulationRequests.Skip(_requestsAtStart).ToList();
        if (declared.Length == 0)
        {
            asked.Should().BeEmpty("the environment declared no capability, so the suite may not touch _sim");
            // The log does see a request to the test API: the empty list above is no blind spot.
            using var http = new HttpClient { BaseAddress = _tenants.IntegrationUrl };
            (await http.GetAsync("_sim/klocka")).EnsureSuccessStatusCode();
            _tenants.SimulationRequests.Skip(_requestsAtStart).Should().Equal("GET /_sim/klocka");
        }
        else
            asked.Should().NotBeEmpty().And.OnlyContain(r => r.EndsWith(" /_sim/klocka", StringComparison.Ordinal), "only the clock was declared");
    }

    private static bool IsCapabilityTag(string tag) => tag.StartsWith("kräver:", StringComparison.Ordinal);
}
