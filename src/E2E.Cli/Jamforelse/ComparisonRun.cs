namespace E2E.Cli.Jamforelse;

/// <summary>Runs the comparison (plain first, then the suite with and without tracing) and saves it beside the benchmark.</summary>
internal static class ComparisonRun
{
    public const string Markdown = "jamforelse.md";

    public static async Task<Comparison> MeasureAsync(string root, RunOptions suite, string output, int times)
    {
        Console.WriteLine($"\nJämförelse med ren Playwright: P04-flödet {times} gånger efter en uppvärmning …");
        var (plain, plainPeak) = await PlainRuns.MeasureAsync(root, times);
        Console.WriteLine($"  ren Playwright klar, median {Percentiles.Median(plain.Select(p => p.Total)):F1} s; nu samma scenario genom sviten …");
        var folder = Path.Combine(output, "jamforelse");
        var (traced, suitePeak, wall) = await SuiteRuns.MeasureAsync(root, suite, Path.Combine(folder, "med-spar"), times, trace: true);
        var (untraced, _, _) = await SuiteRuns.MeasureAsync(root, suite, Path.Combine(folder, "utan-spar"), times, trace: false);
        var comparison = new Comparison(plain, plainPeak, traced, suitePeak, wall, untraced);
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, Markdown), comparison.Markdown());
        return comparison;
    }
}
