using E2E.Runner.Discovery;
using E2E.Runner.Execution;

namespace E2E.Cli.Delar;

/// <summary>
/// Plans part k of n from what every agent has alike (the features, the selection, the history folder's durations), so
/// the n agents agree on the split without talking to each other. Every scenario is in exactly one part; those the
/// selection leaves out weigh nothing, so the parts balance what actually runs.
/// </summary>
internal static class PartPlanner
{
    public static PartPlan Plan(string root, Part part, string environment, string? filter, string historyFolder, DateTimeOffset runAt)
    {
        var scenarios = ScenarioCatalog.Discover(Path.Combine(root, "features"));
        var selected = FilterSelection.Of(filter) ?? (_ => true);
        var chosen = scenarios.Where(selected).Select(PartPlan.IdOf).ToHashSet(StringComparer.Ordinal);
        var weighed = ScenarioDurations.Weigh(chosen.Order(StringComparer.Ordinal), ScenarioDurations.Read(historyFolder, environment));
        var others = scenarios.Select(PartPlan.IdOf).Where(id => !chosen.Contains(id)).Select(id => new ScenarioPartition.Item(id, 0));
        var buckets = ScenarioPartition.Split(weighed.Concat(others), part.Count);
        var mine = buckets[part.Index - 1];
        var runs = mine.Items.Count(i => chosen.Contains(i.Id));
        Console.WriteLine($"Del {part.Index} av {part.Count}: {runs} av {chosen.Count} scenarier i urvalet, väntad scenariotid {mine.Seconds:0} s " +
                          $"(alla delar: {string.Join(" / ", buckets.Select(b => $"{b.Seconds:0}"))} s; tider från {ScenarioDurations.FileName} i historiken).");
        return new PartPlan(part.Index, part.Count, environment, filter, runAt, Math.Round(mine.Seconds, 1), [.. mine.Items.Select(i => i.Id)])
        {
            Split = PartPlan.FingerprintOf(buckets.Select(b => b.Items.Select(i => i.Id))),
        };
    }
}
