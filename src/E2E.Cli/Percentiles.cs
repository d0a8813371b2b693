namespace E2E.Cli;

/// <summary>Median and p95 of a set of durations: what the benchmark reports per process.</summary>
internal static class Percentiles
{
    public static double Median(IEnumerable<double> values) => Of(values, 50);

    public static double P95(IEnumerable<double> values) => Of(values, 95);

    // Linear interpolation between the closest ranks (Excel PERCENTILE.INC, numpy's default): rank = p/100 · (n − 1).
    public static double Of(IEnumerable<double> values, double percent)
    {
        if (percent is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percent), percent, "0–100");
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("Inga värden att räkna percentil på.", nameof(values));
        var rank = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
