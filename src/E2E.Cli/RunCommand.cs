using E2E.Reporting.Building;
using E2E.Reporting.Processes;
using E2E.Reporting.RunFiles;

namespace E2E.Cli;

/// <summary>"run": the suite against an environment, a Swedish summary per process, and the HTML report.</summary>
internal static class RunCommand
{
    public static async Task<int> ExecuteAsync(RunOptions options)
    {
        var root = RepositoryRoot.Find();
        var results = Folders.Fresh(Path.Combine(root, "artifacts", "allure-results"));
        var report = Path.Combine(root, "artifacts", "allure-report");
        AllureRunFiles.WriteCategories(results);
        AllureRunFiles.WriteExecutor(results, ExecutorName(), ExecutorType(), $"{options.Environment} {DateTime.Now:yyyy-MM-dd HH:mm}");

        Console.WriteLine($"Kör sviten mot miljön \"{options.Environment}\"{(options.TestFilter is null ? "" : $" med filtret {options.TestFilter}")} …");
        var outcome = await SuiteProcess.RunAsync(root, options, results);

        var summary = ProcessSummary.Read(results, ProcessCatalog.Load(Path.Combine(root, "features", ProcessCatalog.FileName)));
        summary.Print();

        try
        {
            var built = await AllureReportBuilder.BuildAsync(results, report, root, CancellationToken.None);
            Console.WriteLine($"\nRapport: {built.IndexHtmlPath}");
        }
        catch (ReportBuildException e)
        {
            Console.Error.WriteLine($"\nRapporten kunde inte byggas: {e.Message}");
            return 1;
        }

        var failed = outcome.ExitCode != 0 || summary.HasFailures || summary.Total - summary.Skipped == 0;
        Console.WriteLine(failed
            ? $"\nRESULTAT: MISSLYCKADES ({outcome.Failed} scenarier underkända, dotnet test slutkod {outcome.ExitCode})"
            : $"\nRESULTAT: GODKÄNT ({summary.Total - summary.Skipped} scenarier" +
              (summary.Skipped == 0 ? ")" : $", {summary.Skipped} överhoppade: miljön saknar det de kräver)"));
        return failed ? 1 : 0;
    }

    private static string ExecutorName() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "CI" : Environment.UserName;

    private static string ExecutorType() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "ci" : "local";
}
