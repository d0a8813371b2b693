using System.Globalization;

namespace E2E.Cli;

/// <summary>
/// The benchmark's numbers: seconds per scenario per process (median, p95 over all scenarios × repetitions) and the
/// wall time of the whole run per worker count, judged against the budget for "run".
/// </summary>
internal sealed record BenchmarkReport(
    MachineFacts Machine,
    BenchmarkReport.Setup Settings,
    IReadOnlyList<BenchmarkReport.ProcessTimes> Processes,
    IReadOnlyList<BenchmarkReport.WallTime> Runs,
    BenchmarkReport.BudgetVerdict Budget,
    int FailedScenarios,
    int SkippedScenarios,
    IReadOnlyList<string> Problems)
{
    /// <summary>The dry run's times, measured in the same benchmark (null in reports from before it was).</summary>
    public DryRunTiming? DryRun { get; init; }

    /// <summary>The P04 flow as plain Playwright and through the suite (null when only the dry run was measured).</summary>
    public Jamforelse.Comparison? Comparison { get; init; }

    public bool Passed => Problems.Count == 0 && DryRun?.Within != false && Comparison?.Passed != false;

    /// <summary>The budget for all fifteen processes: the whole run with 2 workers at most 4 minutes on a 2-core machine, after the build.</summary>
    public const double BudgetSeconds = 240;
    public const int BudgetWorkers = 2;
    public const string AllProcesses = "Alla";

    public sealed record Setup(string Environment, string? Filter, int Repetitions, IReadOnlyList<int> WorkerCounts, double BuildSeconds, double TotalSeconds);
    public sealed record ProcessTimes(string Process, string Title, int Scenarios, IReadOnlyList<Spread> ByWorkers);
    public sealed record Spread(int Workers, int Samples, double MedianSeconds, double P95Seconds);
    public sealed record WallTime(int Workers, int Runs, double MedianSeconds, double MaxSeconds, IReadOnlyList<double> Seconds)
    {
        /// <summary>The largest peak memory over the runs, in MB (0: not measured).</summary>
        public long PeakMegabytes { get; init; }
    }

    /// <summary>Judged on the slowest repetition: "stays under" means every run, not a typical one. Null when not measured.</summary>
    public sealed record BudgetVerdict(double LimitSeconds, int Workers, double? MaxSeconds)
    {
        public bool? Within => MaxSeconds is { } max ? max < LimitSeconds : null;
    }

    public static BenchmarkReport Create(MachineFacts machine, Setup settings, IReadOnlyList<BenchmarkRun> runs, Func<string, string> titleOf)
    {
        // Skipped scenarios (environment lacks a capability) did not run: their near-zero time is not a sample.
        var ran = runs.SelectMany(r => r.Scenarios).Where(s => s.Status != "skipped").ToList();
        var processes = ran.Select(s => s.Process).Distinct().Order(StringComparer.Ordinal)
            .Select(p => Times(p, titleOf(p), runs, settings.WorkerCounts, s => s.Process == p))
            .Append(Times(AllProcesses, AllProcesses, runs, settings.WorkerCounts, _ => true))
            .Where(p => p.Scenarios > 0)
            .ToList();
        var walls = settings.WorkerCounts
            .Select(w => (Workers: w, Seconds: runs.Where(r => r.Workers == w).Select(r => r.WallSeconds).ToList()))
            .Where(x => x.Seconds.Count > 0)
            .Select(x => new WallTime(x.Workers, x.Seconds.Count, Round(Percentiles.Median(x.Seconds)), Round(x.Seconds.Max()), [.. x.Seconds.Select(Round)])
                { PeakMegabytes = runs.Where(r => r.Workers == x.Workers).Max(r => r.PeakBytes) / 1024 / 1024 })
            .ToList();
        var budget = new BudgetVerdict(BudgetSeconds, BudgetWorkers, walls.FirstOrDefault(w => w.Workers == BudgetWorkers)?.MaxSeconds);
        var failed = runs.Sum(r => r.Scenarios.Count(s => s.Failed));
        var skipped = runs.Sum(r => r.Scenarios.Count(s => s.Status == "skipped"));
        return new BenchmarkReport(machine, settings, processes, walls, budget, failed, skipped, ProblemsOf(runs, failed, ran.Count, budget));
    }

    // A benchmark of a failing suite (or of nothing) is not a number; over budget fails the requirement.
    private static List<string> ProblemsOf(IReadOnlyList<BenchmarkRun> runs, int failed, int timed, BudgetVerdict budget)
    {
        var problems = new List<string>();
        if (failed > 0) problems.Add($"{failed} scenarier underkända: tiderna för en svit som fallerar är inga mått");
        foreach (var run in runs.Where(r => r.ExitCode != 0))
            problems.Add($"dotnet test slutade med kod {run.ExitCode} ({run.Workers} arbetare, gång {run.Repetition})");
        if (timed == 0) problems.Add("inga scenarier kördes");
        if (budget.Within == false) problems.Add(string.Create(CultureInfo.InvariantCulture,
            $"ÖVER BUDGET: {budget.Workers} arbetare tog {budget.MaxSeconds:F1} s, budgeten är {budget.LimitSeconds:F0} s"));
        return problems;
    }

    private static ProcessTimes Times(string process, string title, IReadOnlyList<BenchmarkRun> runs, IReadOnlyList<int> workerCounts, Func<ScenarioTiming, bool> belongs)
    {
        IEnumerable<ScenarioTiming> Ran(BenchmarkRun run) => run.Scenarios.Where(s => s.Status != "skipped" && belongs(s));
        var spreads = workerCounts
            .Select(w => (Workers: w, Seconds: runs.Where(r => r.Workers == w).SelectMany(Ran).Select(s => s.Seconds).ToList()))
            .Where(x => x.Seconds.Count > 0)
            .Select(x => new Spread(x.Workers, x.Seconds.Count, Round(Percentiles.Median(x.Seconds)), Round(Percentiles.P95(x.Seconds))))
            .ToList();
        // Scenarios in one run of the suite (the same in every run, unless a run broke off).
        var scenarios = runs.Count == 0 ? 0 : runs.Max(r => Ran(r).Count());
        return new ProcessTimes(process, title, scenarios, spreads);
    }

    private static double Round(double seconds) => Math.Round(seconds, 3);
}
