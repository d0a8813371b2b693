using System.Diagnostics;
using E2E.Reporting.Processes;

namespace E2E.Cli;

/// <summary>
/// "benchmark": builds once, runs the suite N times per worker count exactly as "run" does (but --no-build), and
/// reports seconds per scenario per process and the wall time of each run. Rerunnable; no external tool.
/// </summary>
internal static class BenchmarkCommand
{
    public static async Task<int> ExecuteAsync(BenchmarkOptions options)
    {
        var root = RepositoryRoot.Find();
        var output = Path.Combine(root, "artifacts", "benchmark");
        var resultsRoot = Path.Combine(output, "allure-results");
        if (Directory.Exists(resultsRoot)) Directory.Delete(resultsRoot, recursive: true);
        var machine = MachineFacts.Collect(root);
        var total = Stopwatch.StartNew();

        Console.WriteLine("Bygger sviten en gång …");
        if (!await SuiteProcess.BuildAsync(root))
        {
            Console.Error.WriteLine("Bygget misslyckades; inget att mäta.");
            return 1;
        }
        var buildSeconds = total.Elapsed.TotalSeconds;
        var comparison = options.Suite.DryRun ? null
            : await Jamforelse.ComparisonRun.MeasureAsync(root, options.Suite, output, BenchmarkOptions.ComparisonTimes);
        if (options.ComparisonOnly)
        {
            Console.WriteLine($"\n{comparison!.Markdown()}Sparat: {Path.Combine(output, Jamforelse.ComparisonRun.Markdown)}");
            return comparison.Passed ? 0 : 1;
        }
        var dryRun = await DryRunTiming.MeasureAsync(root, options.Suite, output, options.Repetitions);
        if (options.Suite.DryRun)
        {
            Console.WriteLine($"\n{dryRun.Line()}");
            return dryRun.Within ? 0 : 1;
        }

        var runs = new List<BenchmarkRun>();
        // Worker counts take turns within each repetition, so a busy spell on the machine does not fall on one count only.
        for (var repetition = 1; repetition <= options.Repetitions; repetition++)
            foreach (var workers in options.WorkerCounts)
                runs.Add(await TimeOneRunAsync(root, options, resultsRoot, workers, repetition));

        var catalog = ProcessCatalog.LoadIfPresent(Path.Combine(root, "features", ProcessCatalog.FileName));
        var settings = new BenchmarkReport.Setup(options.Suite.Environment, options.Suite.TestFilter, options.Repetitions,
            options.WorkerCounts, Math.Round(buildSeconds, 1), Math.Round(total.Elapsed.TotalSeconds, 1));
        var report = BenchmarkReport.Create(machine with { LoadAtEnd = MachineFacts.LoadAverage() }, settings, runs, catalog.TitleOf)
            with { DryRun = dryRun, Comparison = comparison };

        var markdown = BenchmarkMarkdown.Render(report);
        Console.WriteLine();
        Console.WriteLine(markdown);
        BenchmarkFiles.Write(output, report, markdown);
        Console.WriteLine($"Sparat: {Path.Combine(output, BenchmarkFiles.Markdown)} och {BenchmarkFiles.Json} (resultat per gång under {resultsRoot})");
        return report.Passed ? 0 : 1;
    }

    private static async Task<BenchmarkRun> TimeOneRunAsync(string root, BenchmarkOptions options, string resultsRoot, int workers, int repetition)
    {
        var results = Directory.CreateDirectory(Path.Combine(resultsRoot, $"arbetare-{workers}-gang-{repetition}")).FullName;
        Console.WriteLine($"\nGång {repetition} av {options.Repetitions} med {workers} arbetare …");
        // Wall time around the dotnet test process: what a tester waits for in "run", minus the build and the HTML report.
        var clock = Stopwatch.StartNew();
        using var memory = Jamforelse.ProcessTreeMemory.Watch(Environment.ProcessId);
        var outcome = await SuiteProcess.RunAsync(root, options.Suite with { Workers = workers }, results);
        clock.Stop();
        Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F1} s, dotnet test slutkod {outcome.ExitCode}, toppminne {memory.PeakBytes / 1024 / 1024} MB");
        return new BenchmarkRun(workers, repetition, clock.Elapsed.TotalSeconds, outcome.ExitCode, ScenarioTiming.ReadDirectory(results))
            { PeakBytes = memory.PeakBytes };
    }
}
