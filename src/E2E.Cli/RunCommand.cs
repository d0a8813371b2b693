using System.Diagnostics;
using E2E.Cli.Delar;
using E2E.Reporting.Processes;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Settings;

namespace E2E.Cli;

/// <summary>
/// "run": the suite against an environment, a Swedish summary per process, and the HTML report (<see cref="RunConclusion"/>).
/// With --del k/n only part k of n runs, in its own folder (<see cref="PartRun"/>).
/// </summary>
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
        var quarantine = QuarantineRun.Read(root, options.QuarantineFile);
        if (options.DryRun) return await DryRunCommand.ExecuteAsync(root, options);
        var artifacts = options.ArtifactsFolder ?? Path.Combine(root, "artifacts");
        // A part of a split run writes everything in its own folder, so the agents' artifacts never overwrite each other
        // (also the summary of a part whose environment was not ready).
        if (options.Part is { } part) options = options with { ArtifactsFolder = artifacts = Path.Combine(artifacts, part.FolderName) };
        if (EnvironmentReadiness.Problem(root, options.Environment) is { } problem)
        {
            Console.Error.WriteLine(problem);
            RunSummaryFile.WriteStopped(artifacts, EnvironmentReadiness.ExitCode, problem);
            return EnvironmentReadiness.ExitCode;
        }
        var clock = Stopwatch.StartNew();
        var runAt = DateTimeOffset.Now;
        var history = HistoryFolder.Resolve(root, options.HistoryFolder);
        var results = Folders.Fresh(Path.Combine(artifacts, "allure-results"));
        AllureRunFiles.WriteCategories(results);
        AllureRunFiles.WriteExecutor(results, ExecutorName(), ExecutorType(), $"{options.Environment} {runAt:yyyy-MM-dd HH:mm}");
        var plan = options.Part is null ? null : PartRun.Start(root, options, history, runAt, artifacts);
        if (plan is { Plan.Scenarios.Count: 0 }) return plan.NothingToRun();

        await TenantPreflight.WarnAsync(root, options.Environment);
        Console.WriteLine($"Kör sviten mot miljön \"{options.Environment}\"{(options.TestFilter is null ? "" : $" med filtret {options.TestFilter}")} …");
        SuiteProcess.Outcome outcome;
        using (var stop = StopSignals.Listen()) // SIGINT/SIGTERM end dotnet test; what it wrote so far is kept
        {
            outcome = await SuiteProcess.RunAsync(root, options, results, plan?.Variant(options), stop.Token);
            if (stop.Stopped) return StoppedRun.Finish(stop, artifacts, results);
        }
        plan?.Finished(outcome, clock.Elapsed);

        return await RunConclusion.ConcludeAsync(new RunConclusion.Inputs(root, artifacts, results, history, processes, gateRules,
            options.Environment, runAt, options.TestFilter, outcome.ExitCode, () => clock.Elapsed, options.Part,
            [Path.Combine(artifacts, "testresults", "e2e.trx")], quarantine) { SuiteFailures = outcome.KnownFailures });
    }

    internal static string ExecutorName() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "CI" : Environment.UserName;

    internal static string ExecutorType() => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? "ci" : "local";
}
