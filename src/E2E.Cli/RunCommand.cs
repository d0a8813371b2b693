using E2E.Reporting.Building;
using E2E.Reporting.Processes;
using E2E.Reporting.Results;
using E2E.Reporting.RunFiles;
using E2E.Runner.Discovery;

namespace E2E.Cli;

/// <summary>"run": the suite against an environment, a Swedish summary per process, and the HTML report.</summary>
internal static class RunCommand
{
    /// <summary>The scenarios ran, but the HTML report could not be built (e.g. the Allure CLI is missing).</summary>
    public const int ReportNotBuilt = 4;

    public static async Task<int> ExecuteAsync(RunOptions options)
    {
        var root = RepositoryRoot.Find();
        // Mistakes in the command or the files it reads are named before anything is built or run.
        EnvironmentFiles.RequireExists(root, options.Environment);
        PlaywrightWorkers.Read(root);
        if (EnvironmentReadiness.Problem(root, options.Environment) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return EnvironmentReadiness.ExitCode;
        }
        var results = Folders.Fresh(Path.Combine(root, "artifacts", "allure-results"));
        var report = Path.Combine(root, "artifacts", "allure-report");
        AllureRunFiles.WriteCategories(results);
        AllureRunFiles.WriteExecutor(results, ExecutorName(), ExecutorType(), $"{options.Environment} {DateTime.Now:yyyy-MM-dd HH:mm}");

        await TenantPreflight.WarnAsync(root, options.Environment);
        Console.WriteLine($"Kör sviten mot miljön \"{options.Environment}\"{(options.TestFilter is null ? "" : $" med filtret {options.TestFilter}")} …");
        var outcome = await SuiteProcess.RunAsync(root, options, results);

        var processes = ProcessCatalog.Load(Path.Combine(root, "features", ProcessCatalog.FileName));
        var summary = ProcessSummary.Read(results, processes);
        if (summary.Total == 0 && outcome.ExitCode == 0)
        {
            Console.Error.WriteLine(NothingMatched.Message(options.TestFilter, processes,
                ScenarioCatalog.Discover(Path.Combine(root, "features")).Where(c => c.ParseError is null)));
            return 2;
        }
        summary.Print();
        JUnitReport.Write(results, Path.Combine(root, "artifacts", "testresults", "junit.xml"), processes);

        var reportBuilt = true;
        try
        {
            var built = await AllureReportBuilder.BuildAsync(results, report, root, CancellationToken.None);
            Console.WriteLine($"\nRapport: {built.IndexHtmlPath}");
        }
        catch (ReportBuildException e)
        {
            Console.Error.WriteLine($"\nRapporten kunde inte byggas: {e.Message}");
            reportBuilt = false;
        }

        var environment = EnvironmentSummary.From(AllureResultsReader.ReadDirectory(results));
        var verdict = Verdict(outcome, summary, environment);
        // What the scenarios found comes first; a missing report alone is its own exit code.
        return verdict == 0 && !reportBuilt ? ReportNotBuilt : verdict;
    }

    /// <summary>
    /// 0 all passed; 1 a product or test failure (also when systems did not answer besides: a real finding is never
    /// hidden behind the environment); 3 only environment failures. Both are said when both happened.
    /// </summary>
    private static int Verdict(SuiteProcess.Outcome outcome, ProcessSummary summary, EnvironmentSummary environment)
    {
        var ran = summary.Total - summary.Skipped;
        var otherFailures = summary.Failures - environment.Scenarios;
        var failed = otherFailures > 0 || ran == 0 || (outcome.ExitCode != 0 && environment.Scenarios == 0);
        if (environment.Scenarios > 0) Console.WriteLine();
        foreach (var line in environment.Lines()) Console.WriteLine(line);
        if (failed)
        {
            Console.WriteLine($"\nRESULTAT: MISSLYCKADES ({otherFailures} scenarier underkända eller trasiga" +
                (environment.Scenarios == 0 ? "" : $", dessutom {environment.Scenarios} miljöfel") + $", dotnet test slutkod {outcome.ExitCode})");
            return 1;
        }
        if (environment.Scenarios > 0)
        {
            Console.WriteLine($"\nRESULTAT: MILJÖFEL ({environment.Scenarios} scenarier kunde inte köras klart för att ett system inte svarade; " +
                $"{ran - environment.Scenarios} av {ran} körda scenarier godkända)");
            return EnvironmentSummary.ExitCode;
        }
        Console.WriteLine($"\nRESULTAT: GODKÄNT ({ran} scenarier" +
            (summary.Skipped == 0 ? ")" : $", {summary.Skipped} överhoppade: miljön saknar det de kräver)"));
        return 0;
    }

    private static string ExecutorName() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "CI" : Environment.UserName;

    private static string ExecutorType() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "ci" : "local";
}
