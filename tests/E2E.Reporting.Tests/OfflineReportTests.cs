using System.Text.Json;
using E2E.Reporting.Building;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace E2E.Reporting.Tests;

/// <summary>
/// The report as a process owner gets it: index.html opened from disk (file://) in a real Chromium, no server, no
/// network. It must show the scenario grouped by process and direction, and never ask anything outside file://.
/// </summary>
[Category("allure-cli")]
public sealed class OfflineReportTests
{
    private const string Scenario = "Meddelande från Samvy når kommunens inkorg i SAMSA";

    [Test, CancelAfter(240_000)]
    public async Task Opened_from_disk_the_report_shows_the_scenario_under_its_process_and_each_direction_without_calling_out(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var results = Path.Combine(work.Path, "allure-results");
        await WriteScenarioCrossingBothWaysAsync(results);
        var report = await AllureReportBuilder.BuildAsync(results, Path.Combine(work.Path, "rapport"), AllureReportBuilderTests.RepositoryRoot(), ct);
        // Allure 3 lists a result under every value of a grouping label; the process counts it once.
        using var tree = JsonDocument.Parse((await SingleFileReport.ReadDataAsync(report.IndexHtmlPath, ct))["widgets/tree.json"]);
        tree.RootElement.GetProperty("groupsById").EnumerateObject()
            .Select(g => (g.Value.GetProperty("name").GetString(), g.Value.GetProperty("statistic").GetProperty("total").GetInt32()))
            .Should().BeEquivalentTo([("P04 Inskrivningsmeddelande", 1), ("Samvy→SAMSA", 1), ("SAMSA→Samvy", 1)]);

        var requests = new List<string>();
        await using var opened = await ReportInBrowser.OpenAsync(report.IndexHtmlPath,
            page => page.Request += (_, request) => { lock (requests) requests.Add(request.Url); });
        var page = opened.Page;

        var process = page.GetByText("P04 Inskrivningsmeddelande", new() { Exact = true });
        await Expect(process).ToBeVisibleAsync(new() { Timeout = 30_000 }); // the tree renders last; slow on a busy agent
        await process.ClickAsync();
        await Expect(page.GetByText("SAMSA→Samvy", new() { Exact = true })).ToBeVisibleAsync();
        var direction = page.GetByText("Samvy→SAMSA", new() { Exact = true });
        await Expect(direction).ToBeVisibleAsync();
        await direction.ClickAsync();
        await Expect(page.GetByText(Scenario, new() { Exact = true }).First).ToBeVisibleAsync();
        (await page.EvaluateAsync<string>("document.documentElement.lang")).Should().Be("sv");

        lock (requests)
        {
            requests.Should().NotBeEmpty("the page itself is a request");
            requests.Should().OnlyContain(url => url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
                "a report opened from disk must not call out: {0}", string.Join(", ", requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal))));
        }
    }

    /// <summary>One P04 scenario that sent a message each way, as DirectionHooks labels it after the scenario.</summary>
    private static async Task WriteScenarioCrossingBothWaysAsync(string results)
    {
        var driver = new ScenarioDriver(results,
            GherkinInfo.Feature("Inskrivningsmeddelande över systemgränsen", "process:P04", "allure.parentSuite:P04_Inskrivningsmeddelande"),
            GherkinInfo.Scenario(Scenario, ["critical"]));
        await driver.StartAsync();
        await driver.StepAsync("Givet ", "att avdelning 32 på NÄL arbetar i Samvy");
        ScenarioReport.AddLabel(driver.Scenario, "riktning", "Samvy→SAMSA");
        ScenarioReport.AddLabel(driver.Scenario, "riktning", "SAMSA→Samvy");
        await driver.FinishAsync();
    }
}
