using E2E.Reporting.RunFiles;

namespace E2E.Cli.Stegkatalog;

/// <summary>
/// The step catalogue as a page of the run's report: from the data the test host wrote at the end of the run, as
/// artifacts/stegkatalog.html and as a global attachment of the Allure report. A run whose test host wrote none (it
/// stopped early) simply has no page.
/// </summary>
internal static class StepCatalogReport
{
    public static void Write(string root, string artifacts, string allureResults)
    {
        var data = StepCatalogFiles.DataFile(artifacts);
        if (!File.Exists(data)) return;
        var page = StepCatalogPage.Render(StepCatalogCommand.Load(root, data));
        File.WriteAllText(Path.Combine(artifacts, StepCatalogFiles.PageName), page);
        AllureRunFiles.WriteGlobalAttachment(allureResults, "Stegkatalog", "html", "text/html", page);
        Console.WriteLine($"Stegkatalog: {Path.Combine(artifacts, StepCatalogFiles.PageName)}");
    }
}
