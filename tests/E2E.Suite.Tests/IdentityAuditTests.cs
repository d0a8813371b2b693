using System.Net.Http.Json;
using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Specs.Running;
using E2E.Specs.Support;
using E2E.Tenants.Integration.Simulation;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>
/// After the P04 scenarios ran against healthy tenants, no personnummer outside Skatteverket's test lists is stored
/// in SAMSA, Samvy or the integration, nor written into the report. Its own test run (own tenants, own results
/// folder), started after any other fixture's run ended: [NonParallelizable] like BrokenTenantTests.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class IdentityAuditTests
{
    private static readonly System.Reflection.Assembly Suite = typeof(FeatureScenarios).Assembly;
    private readonly string _results = Path.Combine(Path.GetTempPath(), "e2e-identity-audit-" + Guid.NewGuid());
    private IReadOnlyList<ScenarioCase> _scenarios = [];
    private List<string> _stored = [];

    [OneTimeSetUp]
    public async Task RunP04AndCollectStoredIdentitiesAsync()
    {
        Environment.SetEnvironmentVariable("E2E_ENVIRONMENT", "local");
        Environment.SetEnvironmentVariable("E2E_TENANT_FAULTS", null);
        Environment.SetEnvironmentVariable("E2E_ALLURE_RESULTS", _results);
        await TestRunnerManager.OnTestRunStartAsync(Suite);
        try
        {
            _scenarios = [.. ScenarioCatalog.Load(ScenarioCatalog.DefaultFeaturesDirectory)
                .Where(c => c.FeatureFile.StartsWith("features/P04", StringComparison.Ordinal))];
            foreach (var scenario in _scenarios) await ScenarioExecutor.RunAsync(scenario, Suite);

            var tenants = RunningTenants.Endpoints;
            foreach (var app in new[] { tenants.Samsa, tenants.Samvy, tenants.Integration })
            {
                using var http = new HttpClient { BaseAddress = app };
                _stored.AddRange((await http.GetFromJsonAsync<string[]>(IdentityAudit.Route))!);
            }
        }
        finally
        {
            await TestRunnerManager.OnTestRunEndAsync(Suite);
        }
    }

    [Test]
    public void The_tenants_store_only_identities_from_Skatteverkets_lists()
    {
        _stored.Should().NotBeEmpty("the P04 scenarios send patients to the tenants");
        IdentityScan.NotOnLists(_stored.Select(n => new IdentityScan.Finding(n, "tenants"))).Should().BeEmpty();
    }

    [Test]
    public void The_report_names_only_identities_from_Skatteverkets_lists()
    {
        Directory.EnumerateFiles(_results, "*-result.json").Should().HaveCount(_scenarios.Count,
            "every P04 scenario wrote its result here, so the scan below is not vacuous");
        IdentityScan.NotOnLists(IdentityScan.InDirectory(_results)).Should().BeEmpty();
    }
}
