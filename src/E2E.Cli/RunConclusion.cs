using System.Diagnostics;
using E2E.Cli.Delar;
using E2E.Reporting.Building;
using E2E.Reporting.Gate;
using E2E.Reporting.Matrix;
using E2E.Reporting.Processes;
using E2E.Reporting.Quarantine;
using E2E.Reporting.Results;
using E2E.Reporting.RunFiles;
using E2E.Runner.Discovery;

namespace E2E.Cli;

/// <summary>
/// Everything after the scenarios have run, the same for "run" and for "rapport --sla-ihop" (the parts of a split run
/// merged): the results read once → process matrix → JUnit → release gate → step catalogue page and HTML report →
/// verdict → history → sammanfattning.json → exit code. A part of a split run (run --del) stops short of the report
/// and the history: the merge makes those once, for all parts.
/// </summary>
internal static class RunConclusion
{
    /// <param name="Filter">The selection (--taggar, --filter), or null for every scenario.</param>
    /// <param name="SuiteExitCode">dotnet test's exit code (merged: the first part's that was not 0).</param>
    /// <param name="Elapsed">The run's time so far (merged: the slowest part's scenarios plus the merge).</param>
    /// <param name="Part">Set for one part of a split run.</param>
    /// <param name="TrxFiles">dotnet test's TRX files: their durations balance later split runs.</param>
    /// <param name="Quarantine">Known failures that do not count until their date (features/karantan.json).</param>
    public sealed record Inputs(string Root, string Artifacts, string Results, string HistoryFolder, ProcessCatalog Processes,
        ReleaseGateRules? GateRules, string Environment, DateTimeOffset RunAt, string? Filter, int SuiteExitCode,
        Func<TimeSpan> Elapsed, Part? Part, IReadOnlyList<string> TrxFiles, ScenarioQuarantine Quarantine)
    {
        /// <summary>How many test cases dotnet test counted as failed (merged: summed); null when unknown (an aborted run).</summary>
        public int? SuiteFailures { get; init; }
    }

    public static async Task<int> ConcludeAsync(Inputs run)
    {
        // The results are read once: the matrix, the JUnit file and the verdict all come from them.
        // Of a retried scenario only its last attempt counts; the earlier ones stay in the report as its retries.
        var allure = LastAttempts.Of(AllureResultsReader.ReadDirectory(run.Results));
        // A part is a selection too: processes in the other parts are no gap in this one.
        var selection = run.Filter is not null || run.Part is not null;
        QuarantineStamp.Apply(run.Results, run.Quarantine);
        var matrix = ProcessMatrixOutputs.Build(run.Quarantine.Apply(MatrixScenario.Of(allure)), run.Processes, run.Environment,
            run.HistoryFolder, run.RunAt, selection);
        var summary = new ProcessSummary(matrix.Matrix);
        if (summary.Total == 0 && run.SuiteExitCode == 0) return NothingRan(run);
        summary.Print();
        matrix.PrintChanges();
        JUnitReport.Write(allure, Path.Combine(run.Artifacts, "testresults", "junit.xml"), run.Processes);
        var gate = run.GateRules is null ? null : ReleaseGate.Judge(run.GateRules, matrix.Matrix, selection);
        matrix.Write(run.Artifacts, gate);

        var reportBuilt = true;
        var reportClock = new Stopwatch();
        if (run.Part is null)
        {
            Stegkatalog.StepCatalogReport.Write(run.Root, run.Artifacts, run.Results);
            reportClock.Start();
            reportBuilt = await BuildReportAsync(run.Results, Path.Combine(run.Artifacts, "allure-report"), run.Root,
                Path.Combine(run.HistoryFolder, "allure-historik.jsonl"));
            reportClock.Stop();
            Console.WriteLine($"Rapportbygget tog {reportClock.Elapsed.TotalSeconds:0.0} s ({reportClock.Elapsed / run.Elapsed():P0} av körningen hittills).");
        }
        else Console.WriteLine($"\nDel {run.Part.Index} av {run.Part.Count}: HTML-rapporten och historiken görs när delarna slås ihop (rapport --sla-ihop).");

        var environment = EnvironmentSummary.From(allure);
        var verdict = Verdict(run.SuiteExitCode, run.SuiteFailures, summary, environment, gate);
        // What the scenarios found comes first; a missing report alone is its own exit code.
        var exitCode = verdict == 0 && !reportBuilt ? RunCommand.ReportNotBuilt : verdict;
        if (run.Part is null)
        {
            matrix.Remember();
            ScenarioDurations.Remember(run.HistoryFolder, run.Environment, run.TrxFiles);
        }
        RunSummaryFile.Write(run.Artifacts, exitCode, matrix, gate, new RunSummaryFile.Timings(run.Elapsed(), reportClock.Elapsed));
        return exitCode;
    }

    /// <summary>A selection that matched nothing is a mistake in the command (2); a part that got none of it is fine (0).</summary>
    private static int NothingRan(Inputs run)
    {
        if (run.Part is { } part) return part.EndWithNothingToRun(run.Artifacts);
        Console.Error.WriteLine(NothingMatched.Message(run.Filter, run.Processes,
            ScenarioCatalog.Discover(Path.Combine(run.Root, "features")).Where(c => c.ParseError is null)));
        return 2;
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
    private static int Verdict(int suiteExitCode, int? suiteFailures, ProcessSummary summary, EnvironmentSummary environment, GateVerdict? gate)
    {
        var ran = summary.Total - summary.Skipped;
        // Failures in a quarantine that holds are shown but not counted. dotnet test's exit code counts them too, so a
        // non-zero code is let pass only when its failed test cases are exactly those forgiven: a crashed test host or a
        // failed set-up beside a quarantined failure still fails the run.
        var otherFailures = summary.Failures - environment.Scenarios - summary.Forgiven;
        var explainedByQuarantine = summary.Forgiven > 0 && suiteFailures == summary.Forgiven;
        var failed = otherFailures > 0 || ran == 0 || (suiteExitCode != 0 && environment.Scenarios == 0 && !explainedByQuarantine);
        foreach (var line in summary.QuarantineLines().Select((l, i) => i == 0 ? "\n" + l : l)) Console.WriteLine(line);
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
                (environment.Scenarios == 0 ? "" : $", dessutom {environment.Scenarios} miljöfel") + $", dotnet test slutkod {suiteExitCode})");
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
            (summary.Forgiven == 0 ? "" : $", {summary.Forgiven} underkända i karantän räknas inte") +
            (gate is null ? "" : ", releasegrinden godkänd") + ")");
        return 0;
    }
}
