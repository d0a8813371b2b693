using E2E.Reporting.Building;
using E2E.Reporting.Html;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

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
        Directory.GetFiles(Path.GetDirectoryName(report.IndexHtmlPath)!, "*.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Should().Contain(text => text.Contains("Givet att avdelning 32 på NÄL arbetar i Samvy"),
                "the report must have read our result file");
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

    private static async Task WriteOneScenarioAsync(string results)
    {
        var driver = new ScenarioDriver(results,
            GherkinInfo.Feature("Inskrivningsmeddelande över systemgränsen", "process:P04"),
            GherkinInfo.Scenario("Meddelande når kommunens inkorg", ["critical"]));
        await driver.StartAsync();
        await driver.StepAsync("Givet ", "att avdelning 32 på NÄL arbetar i Samvy");
        await driver.FinishAsync();
    }

    /// <summary>The repository root is the nearest folder above the test assembly that holds package.json.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json"))) return dir.FullName;
        throw new InvalidOperationException("Hittar inte package.json ovanför testerna.");
    }
}
