using E2E.Reporting.Building;
using E2E.Reporting.Html;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Tests.Support;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Reporting.Tests;

[Category("allure-cli")]
public sealed class AllureReportBuilderTests
{
    [Test, CancelAfter(180_000)]
    public async Task Report_from_a_tiny_results_directory_has_no_analytics_or_external_scripts(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var results = Path.Combine(work.Path, "allure-results");
        await WriteOneScenarioAsync(results);
        AllureRunFiles.WriteEnvironment(results, new Dictionary<string, string> { ["Miljö"] = "local" });
        AllureRunFiles.WriteExecutor(results, "Lokal körning", "local", "test");

        var report = await AllureReportBuilder.BuildAsync(results, Path.Combine(work.Path, "report"), RepositoryRoot(), ct);

        var html = await File.ReadAllTextAsync(report.IndexHtmlPath, ct);
        ExternalScriptStripper.FindProblems(html).Should().BeEmpty();
        html.Should().NotContain("googletagmanager");
        report.CleanedHtmlFiles.Should().Contain(report.IndexHtmlPath);
        (await SingleFileReport.ReadDataAsync(report.IndexHtmlPath, ct)).Values
            .Should().Contain(text => text.Contains("Givet att avdelning 32 på NÄL arbetar i Samvy"),
                "the report must have read our result file");
    }

    [Test, CancelAfter(180_000)]
    public async Task The_report_is_one_swedish_html_file_with_its_scripts_and_data_inside(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var report = await BuildOneScenarioReportAsync(work, ct);

        var folder = Path.GetDirectoryName(report.IndexHtmlPath)!;
        Directory.GetFiles(folder, "*.js", SearchOption.AllDirectories).Should().BeEmpty("the app is inlined in index.html");
        Directory.Exists(Path.Combine(folder, "data")).Should().BeFalse("the data is inlined in index.html");
        var html = await File.ReadAllTextAsync(report.IndexHtmlPath, ct);
        html.Should().Contain("<html dir=\"ltr\" lang=\"sv\">").And.NotContain("lang=\"en\"");
        html.Should().Contain("\"reportLanguage\":\"sv\"");
        var data = await SingleFileReport.ReadDataAsync(report.IndexHtmlPath, ct);
        data["widgets/charts.json"].Should().Contain("Status i den här körningen").And.Contain("Stabilitet per process")
            .And.NotContain("Current status");
    }

    [Test, CancelAfter(180_000)]
    public async Task Technical_labels_are_hidden_on_the_result_but_still_place_it_on_the_timeline(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var report = await BuildOneScenarioReportAsync(work, ct);

        var data = await SingleFileReport.ReadDataAsync(report.IndexHtmlPath, ct);
        using var result = JsonDocument.Parse(SingleFileReport.OnlyTestResult(data));
        result.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("name").GetString())
            .Should().Contain(["process", "severity"]).And.NotContain(["host", "thread", "framework", "language"]);
        using var timeline = JsonDocument.Parse(data["widgets/timeline.json"]);
        timeline.RootElement.EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().Equal(["Meddelande når kommunens inkorg"], "the timeline reads host and thread from the raw result");
    }

    [Test, CancelAfter(240_000)]
    public async Task A_second_build_with_the_same_history_file_shows_the_first_run_in_the_scenarios_history(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var history = Path.Combine(work.Path, "historik", "allure-historik.jsonl");
        var firstResults = Path.Combine(work.Path, "körning-1");
        var secondResults = Path.Combine(work.Path, "körning-2");
        await WriteOneScenarioAsync(firstResults);
        await WriteOneScenarioAsync(secondResults, fail: true);

        await AllureReportBuilder.BuildAsync(firstResults, Path.Combine(work.Path, "rapport-1"), RepositoryRoot(), ct, history);
        File.Exists(history).Should().BeTrue("Allure creates the history file and its folder");
        var second = await AllureReportBuilder.BuildAsync(secondResults, Path.Combine(work.Path, "rapport-2"), RepositoryRoot(), ct, history);

        File.ReadAllLines(history).Should().HaveCount(2, "one line per build");
        var data = await SingleFileReport.ReadDataAsync(second.IndexHtmlPath, ct);
        using var result = JsonDocument.Parse(SingleFileReport.OnlyTestResult(data));
        result.RootElement.GetProperty("status").GetString().Should().Be("failed");
        result.RootElement.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString())
            .Should().Equal(["passed"], "the first run passed, and its result is this scenario's history");
        result.RootElement.GetProperty("transition").GetString().Should().Be("regressed", "it passed last time and fails now");
    }

    [Test, CancelAfter(180_000)]
    public async Task A_second_build_replaces_the_previous_report_instead_of_hiding_beside_it(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var results = Path.Combine(work.Path, "allure-results");
        var reportDirectory = Path.Combine(work.Path, "report");
        await WriteOneScenarioAsync(results);
        var first = await AllureReportBuilder.BuildAsync(results, reportDirectory, RepositoryRoot(), ct);
        await File.AppendAllTextAsync(first.IndexHtmlPath, "<!-- GAMMAL RAPPORT -->", ct);

        var second = await AllureReportBuilder.BuildAsync(results, reportDirectory, RepositoryRoot(), ct);

        // Allure 3 writes into "awesome/" when the folder already holds a report, leaving the old index.html.
        second.IndexHtmlPath.Should().Be(Path.Combine(reportDirectory, "index.html"));
        (await File.ReadAllTextAsync(second.IndexHtmlPath, ct)).Should().NotContain("GAMMAL RAPPORT");
        Directory.Exists(Path.Combine(reportDirectory, "awesome")).Should().BeFalse();
    }

    private static async Task<ReportBuildResult> BuildOneScenarioReportAsync(TempDirectory work, CancellationToken ct)
    {
        var results = Path.Combine(work.Path, "allure-results");
        await WriteOneScenarioAsync(results);
        return await AllureReportBuilder.BuildAsync(results, Path.Combine(work.Path, "report"), RepositoryRoot(), ct);
    }

    private static async Task WriteOneScenarioAsync(string results, bool fail = false)
    {
        var driver = new ScenarioDriver(results,
            GherkinInfo.Feature("Inskrivningsmeddelande över systemgränsen", "process:P04"),
            GherkinInfo.Scenario("Meddelande når kommunens inkorg", ["critical"]));
        await driver.StartAsync();
        // The timeline leaves out results shorter than 1 ms.
        await Task.Delay(5);
        await driver.StepAsync("Givet ", "att avdelning 32 på NÄL arbetar i Samvy", step =>
        {
            if (fail) (step.Status, step.StepError) = (ScenarioExecutionStatus.TestError, new AssertionException("Meddelandet saknas"));
        });
        await driver.FinishAsync();
    }

    /// <summary>The repository root is the nearest folder above the test assembly that holds package.json.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json"))) return dir.FullName;
        throw new InvalidOperationException("Hittar inte package.json ovanför testerna.");
    }
}
