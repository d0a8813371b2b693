using System.Globalization;

namespace E2E.Cli;

/// <summary>
/// The benchmark's measure of the dry run: every scenario bound, no tenants, after the build, a few times. The target
/// is under <see cref="BudgetSeconds"/> on a 2-core machine; a dry run that finds problems is no measure.
/// </summary>
internal sealed record DryRunTiming(IReadOnlyList<double> Seconds, int Scenarios, int Failed)
{
    public const double BudgetSeconds = 10;

    public double MaxSeconds => Seconds.Max();

    public bool Within => Failed == 0 && Scenarios > 0 && MaxSeconds < BudgetSeconds;

    public static async Task<DryRunTiming> MeasureAsync(string root, RunOptions suite, string output, int times)
    {
        var seconds = new List<double>();
        SuiteProcess.Outcome last = new(0, 0, 0);
        for (var i = 1; i <= times; i++)
        {
            Console.WriteLine($"\nTorrkörning {i} av {times} …");
            (last, var elapsed) = await DryRunCommand.RunOnceAsync(root, suite with { DryRun = true, NoBuild = true }, Path.Combine(output, $"torrkorning-{i}"));
            seconds.Add(Math.Round(elapsed.TotalSeconds, 2));
        }
        return new DryRunTiming(seconds, last.Passed + last.Failed, last.Failed);
    }

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"Torrkörning ({Scenarios} scenarier, utan tenants): median {Percentiles.Median(Seconds):F1} s, längst {MaxSeconds:F1} s " +
        $"över {Seconds.Count} gånger ({string.Join(", ", Seconds.Select(s => s.ToString("F1", CultureInfo.InvariantCulture)))}); " +
        $"budget {BudgetSeconds:F0} s: {(Within ? "inom budget" : Failed > 0 ? $"{Failed} scenarier gick inte att binda" : "ÖVER BUDGET")}");
}
