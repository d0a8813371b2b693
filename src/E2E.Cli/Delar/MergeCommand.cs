using System.Diagnostics;
using E2E.Reporting.Processes;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Settings;

namespace E2E.Cli.Delar;

/// <summary>
/// "rapport --sla-ihop &lt;mapp&gt; …": the parts of a split run (run --del k/n on n agents) as one run: their results in
/// one allure-results, then the same conclusion as "run" (<see cref="RunConclusion"/>): one matrix, one gate, one HTML
/// report, one sammanfattning.json and run's exit codes. The run's time is the latest part's start, not the merge's.
/// </summary>
internal static class MergeCommand
{
    public static async Task<int> ExecuteAsync(MergeOptions options)
    {
        var root = RepositoryRoot.Find();
        var parts = PartFolders.Read(options.PartFolders);
        ReportSettings.Load(Path.Combine(root, "features", ReportSettings.FileName));
        var processes = ProcessCatalog.LoadIfPresent(Path.Combine(root, "features", ProcessCatalog.FileName));
        var gateRules = ReleaseGateFile.Read(root, options.GateFile, processes);
        var quarantine = QuarantineRun.Read(root, options.QuarantineFile);
        var artifacts = options.ArtifactsFolder ?? Path.Combine(root, "artifacts");
        if (parts.FirstOrDefault(p => Path.GetFullPath(p.Folder).TrimEnd('/') == Path.GetFullPath(artifacts).TrimEnd('/')) is { } clash)
            throw new UsageException($"rapport --sla-ihop: utmappen {artifacts} är delens mapp {clash.Folder}; välj en annan med --ut.");

        var clock = Stopwatch.StartNew();
        var plan = parts[0].Plan;
        var runAt = parts.Max(p => p.Plan.RunAt);
        var history = HistoryFolder.Resolve(root, options.HistoryFolder);
        var results = Folders.Fresh(Path.Combine(artifacts, "allure-results"));
        var counts = MergedResults.Copy(parts.Select(p => Path.Combine(p.Folder, "allure-results")), results);
        AllureRunFiles.WriteCategories(results);
        AllureRunFiles.WriteExecutor(results, RunCommand.ExecutorName(), RunCommand.ExecutorType(),
            $"{plan.Environment} {runAt:yyyy-MM-dd HH:mm} ({plan.Parts} delar)");
        CopyStepCatalogData(parts, artifacts);
        Console.WriteLine($"Slår ihop {plan.Parts} delar av körningen mot miljön \"{plan.Environment}\"" +
                          $"{(plan.Filter is null ? "" : $" med filtret {plan.Filter}")}: " +
                          string.Join(", ", parts.Zip(counts, (p, n) => $"del {p.Plan.Part}: {n}")) + " scenarier.");

        var slowest = TimeSpan.FromSeconds(parts.Max(p => p.Plan.RunSeconds ?? 0));
        var suiteExitCode = parts.Select(p => p.Plan.SuiteExitCode ?? 0).FirstOrDefault(code => code != 0);
        return await RunConclusion.ConcludeAsync(new RunConclusion.Inputs(root, artifacts, results, history, processes, gateRules,
            plan.Environment, runAt, plan.Filter, suiteExitCode, () => slowest + clock.Elapsed, Part: null,
            [.. parts.Select(p => Path.Combine(p.Folder, "testresults", "e2e.trx"))], quarantine)
        {
            // Unknown for the whole when unknown for one part (aborted): then no failure is explained away by the quarantine.
            SuiteFailures = parts.Any(p => p.Plan.SuiteFailures is null) ? null : parts.Sum(p => p.Plan.SuiteFailures),
        });
    }

    /// <summary>Every part's test host wrote the same step catalogue data; the first one's makes the report's page.</summary>
    private static void CopyStepCatalogData(IEnumerable<PartFolders.Found> parts, string artifacts)
    {
        var target = StepCatalogFiles.DataFile(artifacts);
        if (parts.Select(p => StepCatalogFiles.DataFile(p.Folder)).FirstOrDefault(File.Exists) is not { } source) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }
}
