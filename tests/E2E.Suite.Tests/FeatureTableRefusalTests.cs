using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Specs.Running;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>
/// A tester's typo in a feature table must stop that scenario with a Swedish message naming the value, the reason
/// and the file and line, before anything reaches a tenant; the other rows still run.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class FeatureTableRefusalTests
{
    private const string Feature = """
        # language: sv
        Egenskap: Felaktiga uppgifter i en tabell
          Scenariomall: Patienten skrivs in
            Givet att patienten med personnummer <personnummer> skrivs in på <avdelning>

            Exempel:
              | personnummer  | avdelning           |
              | 19380909-8895 | avdelning 32 på NÄL |
              | 19800101-2304 | avdelning 32 på NÄL |
              | 19380909-8894 | avdelning 99 på NÄL |
              | 19380909-8894 | avdelning 32 på NÄL |

          Scenario: Patienten bor i en kommun som inte finns
            Givet att en patient folkbokförd i Atlantis kommun skrivs in på avdelning 32 på NÄL
        """;

    private static readonly System.Reflection.Assembly Suite = typeof(FeatureScenarios).Assembly;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "e2e-table-refusals-" + Guid.NewGuid());
    private IReadOnlyList<ScenarioCase> _cases = [];

    [OneTimeSetUp]
    public async Task StartSuiteAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "features", "P99-prov")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "felaktiga-uppgifter.feature"), Feature);
        _cases = ScenarioCatalog.Discover(Path.Combine(_root, "features"));
        Environment.SetEnvironmentVariable("E2E_ENVIRONMENT", "local");
        Environment.SetEnvironmentVariable("E2E_TENANT_FAULTS", null);
        Environment.SetEnvironmentVariable("E2E_ALLURE_RESULTS", Path.Combine(_root, "allure-results"));
        await TestRunnerManager.OnTestRunStartAsync(Suite);
    }

    [OneTimeTearDown]
    public async Task EndSuiteAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(Suite);
        Directory.Delete(_root, recursive: true);
    }

    [TestCase(0, "19380909-8895", "kontrollsiffra")]
    [TestCase(1, "19800101-2304", "inte en testidentitet ur Skatteverkets listor")]
    [TestCase(2, "avdelning 99 på NÄL", "Okänd enhet")]
    [TestCase(4, "Atlantis kommun", "Okänd kommun")]
    public async Task A_bad_value_fails_its_scenario_naming_value_reason_file_and_line(int row, string value, string reason)
    {
        var failure = await FailureOfAsync(_cases[row]);

        failure.Should().Contain(value).And.Contain(reason);
        failure.Should().MatchRegex(@"Plats: features/P99-prov/felaktiga-uppgifter\.feature:\d+");
    }

    [Test]
    public async Task A_valid_test_identity_in_the_same_table_is_admitted()
    {
        _cases[3].DisplayName.Should().Contain("19380909-8894").And.Contain("avdelning 32 på NÄL");

        await ScenarioExecutor.RunAsync(_cases[3], Suite);
    }

    private static async Task<string> FailureOfAsync(ScenarioCase scenario)
    {
        var act = () => ScenarioExecutor.RunAsync(scenario, Suite);
        return (await act.Should().ThrowAsync<ScenarioFailedException>()).Which.Message;
    }
}
