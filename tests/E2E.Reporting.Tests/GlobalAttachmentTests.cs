using System.Text.Json;
using E2E.Reporting.Building;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace E2E.Reporting.Tests;

/// <summary>
/// A page for the whole run (the step catalogue) reaches the report as a global attachment: the real Allure CLI takes
/// the -globals.json file, and the report opened from disk shows the page.
/// </summary>
[Category("allure-cli")]
public sealed class GlobalAttachmentTests
{
    [Test, CancelAfter(240_000)]
    public async Task A_global_html_attachment_is_listed_and_shown_in_the_report(CancellationToken ct)
    {
        using var work = new TempDirectory();
        var results = Path.Combine(work.Path, "allure-results");
        var driver = new ScenarioDriver(results, GherkinInfo.Feature("Prov", "process:P04"), GherkinInfo.Scenario("Ett scenario", []));
        await driver.StartAsync();
        await driver.FinishAsync();
        AllureRunFiles.WriteGlobalAttachment(results, "Stegkatalog", "html", "text/html",
            "<!DOCTYPE html><html lang=\"sv\"><body><h1>Stegkatalog</h1><p>Givet att {enhet} arbetar i {system}</p></body></html>");

        var report = await AllureReportBuilder.BuildAsync(results, Path.Combine(work.Path, "rapport"), AllureReportBuilderTests.RepositoryRoot(), ct);

        var data = await SingleFileReport.ReadDataAsync(report.IndexHtmlPath, ct);
        using var globals = JsonDocument.Parse(data["widgets/globals.json"]);
        var attachment = globals.RootElement.GetProperty("attachments").EnumerateArray().Should().ContainSingle().Subject;
        attachment.GetProperty("name").GetString().Should().Be("Stegkatalog");
        attachment.GetProperty("contentType").GetString().Should().Be("text/html");
        data[$"data/attachments/{attachment.GetProperty("id").GetString()}.html"].Should().Contain("Givet att {enhet} arbetar i {system}");

        await using var opened = await ReportInBrowser.OpenAsync(report.IndexHtmlPath);
        var page = opened.Page;
        await page.GetByText("Globala Bilagor").ClickAsync(); // Allure's own Swedish for "Global attachments"
        await page.GetByText("Stegkatalog", new() { Exact = true }).First.ClickAsync();
        // Allure shows an HTML attachment in a frame of its own.
        await Expect(page.Locator("iframe").First.ContentFrame.GetByText("Givet att {enhet} arbetar i {system}")).ToBeVisibleAsync();
    }
}
