using System.Diagnostics;
using E2E.Reporting.Building;
using E2E.Reporting.Gate;
using E2E.Reporting.Matrix;
using E2E.Reporting.Processes;
using E2E.Reporting.Results;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Settings;
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
        ReportSettings.Load(Path.Combine(root, "features", ReportSettings.FileName));
        var processes = ProcessCatalog.LoadIfPresent(Path.Combine(root, "features", ProcessCatalog.FileName));
        var gateRules = ReleaseGateFile.Read(root, options.GateFile, processes);
        if (options.DryRun) return await DryRunCommand.ExecuteAsync(root, options);
        var artifacts = options.ArtifactsFolder ?? Path.Combine(root, "artifacts");
        if (EnvironmentReadiness.Problem(root, options.Environment) is { } problem)
        {
            Console.Error.WriteLine(problem);
            RunSummaryFile.WriteStopped(artifacts, EnvironmentReadiness.ExitCode, problem);
            return EnvironmentReadiness.ExitCode;
        }
        var clock = Stopwatch.StartNew();
        var runAt = DateTimeOffset.Now;
        var results = Folders.Fresh(Path.Combine(artifacts, "allure-results"));
        var report = Path.Combine(artifacts, "allure-report");
        var history = HistoryFolder.Resolve(root, options.HistoryFolder);
        AllureRunFiles.WriteCategories(results);
        AllureRunFiles.WriteExecutor(results, ExecutorName(), ExecutorType(), $"{options.Environment} {runAt:yyyy-MM-dd HH:mm}");

        await TenantPreflight.WarnAsync(root, options.Environment);
        Console.WriteLine($"Kör sviten mot miljön \"{options.Environment}\"{(options.TestFilter is null ? "" : $" med filtret {options.TestFilter}")} …");
        SuiteProcess.Outcome outcome;
        using (var stop = StopSignals.Listen()) // SIGINT/SIGTERM end dotnet test; what it wrote so far is kept
        {
            outcome = await SuiteProcess.RunAsync(root, options, results, stop: stop.Token);
            if (stop.Stopped) return StoppedRun.Finish(stop, artifacts, results);
        }

        // The results are read once: the matrix, the JUnit file and the verdict all come from them.
        var allure = AllureResultsReader.ReadDirectory(results);
        var selection = options.TestFilter is not null;
        var matrix = ProcessMatrixOutputs.Build(MatrixScenario.Of(allure), processes, options.Environment, history, runAt, selection);
        var summary = new ProcessSummary(matrix.Matrix);
        if (summary.Total == 0 && outcome.ExitCode == 0)
        {
            Console.Error.WriteLine(NothingMatched.Message(options.TestFilter, processes,
                ScenarioCatalog.Discover(Path.Combine(root, "features")).Where(c => c.ParseError is null)));
            return 2;
        }
        summary.Print();
        matrix.PrintChanges();
        JUnitReport.Write(allure, Path.Combine(artifacts, "testresults", "junit.xml"), processes);
        var gate = gateRules is null ? null : ReleaseGate.Judge(gateRules, matrix.Matrix, selection);
        matrix.Write(artifacts, gate);
        Stegkatalog.StepCatalogReport.Write(root, artifacts, results);

        var reportClock = Stopwatch.StartNew();
        var reportBuilt = await BuildReportAsync(results, report, root, Path.Combine(history, "allure-historik.jsonl"));
        reportClock.Stop();
        Console.WriteLine($"Rapportbygget tog {reportClock.Elapsed.TotalSeconds:0.0} s ({reportClock.Elapsed / clock.Elapsed:P0} av körningen hittills).");

        var environment = EnvironmentSummary.From(allure);
        var verdict = Verdict(outcome, summary, environment, gate);
        // What the scenarios found comes first; a missing report alone is its own exit code.
        var exitCode = verdict == 0 && !reportBuilt ? ReportNotBuilt : verdict;
        matrix.Remember();
        RunSummaryFile.Write(artifacts, exitCode, matrix, gate, new RunSummaryFile.Timings(clock.Elapsed, reportClock.Elapsed));
        return exitCode;
    }

    private static async Task<bool> BuildReportAsync(string results, string report, string root, string historyFile)
    {
        try
        {
            var built = await AllureReportBuilder.BuildAsync(results, report, root, CancellationToken.None, historyFile);
            Console.WriteLine($"\nRapport: {built.IndexHtmlPath}");
            return true;
        }
        catch (ReportBuildException e)
        {
            Console.Error.WriteLine($"\nRapporten kunde inte byggas: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// 0 all passed and the gate passed; 1 a product or test failure (also when systems did not answer besides: a real
    /// finding is never hidden behind the environment), or a failed gate; 3 only environment failures. Both are said
    /// when both happened.
    /// </summary>
    private static int Verdict(SuiteProcess.Outcome outcome, ProcessSummary summary, EnvironmentSummary environment, GateVerdict? gate)
    {
        var ran = summary.Total - summary.Skipped;
        var otherFailures = summary.Failures - environment.Scenarios;
        var failed = otherFailures > 0 || ran == 0 || (outcome.ExitCode != 0 && environment.Scenarios == 0);
        if (environment.Scenarios > 0) Console.WriteLine();
        foreach (var line in environment.Lines()) Console.WriteLine(line);
        if (gate is not null)
        {
            Console.WriteLine();
            foreach (var line in gate.Lines()) Console.WriteLine(line);
        }
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
        if (gate is { Passed: false })
        {
            Console.WriteLine($"\nRESULTAT: MISSLYCKADES (alla {ran} scenarier godkända, men releasegrinden är underkänd: " +
                $"{string.Join("; ", gate.Rules.Where(r => !r.Passed).Select(r => r.Rule))})");
            return 1;
        }
        Console.WriteLine($"\nRESULTAT: GODKÄNT ({ran} scenarier" +
            (summary.Skipped == 0 ? "" : $", {summary.Skipped} överhoppade: miljön saknar det de kräver") +
            (gate is null ? "" : ", releasegrinden godkänd") + ")");
        return 0;
    }

    private static string ExecutorName() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "CI" : Environment.UserName;

    private static string ExecutorType() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "ci" : "local";
}
