using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Specs.Running;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>
/// The suite's whole job: it must fail when a tenant misbehaves. Runs the real P04 scenarios (real tenants,
/// real Chromium) with the fault "tappa-meddelanden" switched on, so messages that cross systems are dropped.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class BrokenTenantTests
{
    private static readonly System.Reflection.Assembly Suite = FaultedRun.Suite;

    [OneTimeSetUp]
    public Task StartSuiteWithDroppedMessagesAsync() =>
        FaultedRun.StartAsync("tappa-meddelanden", Path.Combine(Path.GetTempPath(), "e2e-broken-tenant-" + Guid.NewGuid()));

    [OneTimeTearDown]
    public Task EndSuiteAsync() => FaultedRun.EndAsync();

    [Test]
    public async Task Samvy_to_Samsa_admission_notice_fails_naming_the_inbox_and_the_message()
    {
        var scenario = P04("Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA");

        var act = () => ScenarioExecutor.RunAsync(scenario, Suite);

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        failure.Message.Should().MatchRegex(
            @"Inkorgen för Hemsjukvården Lerums kommun i SAMSA saknar inskrivningsmeddelandet för patient \d{8}-\d{4}");
        failure.Message.Should().Contain("Plats: features/P04-inskrivningsmeddelande/inskrivningsmeddelande.feature:");

        var result = AllureResults.Single(r => r.Name == scenario.ScenarioTitle);
        result.Status.Should().Be("failed", "a missing message is a product failure, not a broken test");
        result.Message.Should().Be(failure.Message, "the report shows the same Swedish text as the test run");
        result.AttachmentTypes.Should().Contain("image/png", "a screenshot of the failing page is evidence");

        // The trace holds the pages' DOM: the patient's number is in it, and no number outside the test lists.
        var traces = Directory.EnumerateFiles(Environment.GetEnvironmentVariable("E2E_ALLURE_RESULTS")!, "*.zip").ToList();
        traces.Should().NotBeEmpty("a failing scenario attaches its Playwright trace");
        var inTraces = traces.SelectMany(IdentityScan.InFile).ToList();
        inTraces.Should().NotBeEmpty("the trace's DOM snapshots show the patient's personnummer");
        IdentityScan.NotOnLists(inTraces).Should().BeEmpty();
    }

    [Test]
    public async Task Messages_within_one_system_still_arrive_so_the_failure_is_the_fault_not_the_suite()
    {
        var scenario = P04("Meddelande från en avdelning i SAMSA når kommunens inkorg i SAMSA");

        await ScenarioExecutor.RunAsync(scenario, Suite);
    }

    private static IEnumerable<AllureResult> AllureResults =>
        Directory.EnumerateFiles(Environment.GetEnvironmentVariable("E2E_ALLURE_RESULTS")!, "*-result.json").Select(AllureResult.Read);

    private static ScenarioCase P04(string scenarioName) => FaultedRun.P04(scenarioName);
}
