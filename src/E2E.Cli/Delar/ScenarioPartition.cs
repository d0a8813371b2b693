namespace E2E.Cli.Delar;

/// <summary>
/// Splits scenarios into n parts that should finish together: greedy longest-first, each scenario to the part with
/// the least expected time so far (ties: the lower part), scenarios taken by falling time, ties by id (ordinal).
/// The same inputs always give the same parts, on every agent; the parts differ by at most the longest scenario.
/// </summary>
internal static class ScenarioPartition
{
    public sealed record Item(string Id, double Seconds);

    public sealed record Bucket(IReadOnlyList<Item> Items)
    {
        public double Seconds => Items.Sum(i => i.Seconds);
    }

    public static IReadOnlyList<Bucket> Split(IEnumerable<Item> items, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var buckets = Enumerable.Range(0, parts).Select(_ => new List<Item>()).ToList();
        var loads = new double[parts];
        foreach (var item in items.OrderByDescending(i => i.Seconds).ThenBy(i => i.Id, StringComparer.Ordinal))
        {
            var target = 0;
            for (var p = 1; p < parts; p++)
                if (loads[p] < loads[target]) target = p;
            buckets[target].Add(item);
            loads[target] += item.Seconds;
        }
        return [.. buckets.Select(b => new Bucket(b))];
    }
}
