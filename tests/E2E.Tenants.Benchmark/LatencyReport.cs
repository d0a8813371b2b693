using System.Globalization;

namespace E2E.Tenants.Benchmark;

/// <summary>p50/p95/p99 (nearest rank), max and throughput per endpoint, as a plain table.</summary>
public static class LatencyReport
{
    public static void Print(BurstResult result, TextWriter output)
    {
        output.WriteLine($"{"Endpoint",-38} {"n",5} {"fel",4} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"req/s",8}");
        foreach (var group in result.Samples.GroupBy(s => s.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Row(group.Key, [.. group], result.Elapsed));
        }
        output.WriteLine(Row("Alla", result.Samples, result.Elapsed));
    }

    private static string Row(string name, IReadOnlyList<Sample> samples, TimeSpan elapsed)
    {
        var sorted = samples.Select(s => s.Latency.TotalMilliseconds).Order().ToArray();
        var throughput = samples.Count / elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-38} {samples.Count,5} {samples.Count(s => !s.Ok),4} {Percentile(sorted, 50),8:F1} {Percentile(sorted, 95),8:F1} {Percentile(sorted, 99),8:F1} {sorted[^1],8:F1} {throughput,8:F0}");
    }

    private static double Percentile(double[] sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
}
