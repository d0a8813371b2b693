using E2E.Reporting.Matrix;

namespace E2E.Reporting.Quarantine;

/// <summary>
/// Puts the quarantine on a run's scenarios, judged against the suite's "today" (E2E_NOW), and says in Swedish what it
/// changed: failures in a quarantine that holds are shown but not counted; an expired quarantine counts again.
/// </summary>
public sealed class ScenarioQuarantine(IReadOnlyList<QuarantineEntry> entries, DateOnly today)
{
    public static readonly ScenarioQuarantine None = new([], default);

    public IReadOnlyList<QuarantineEntry> Entries => entries;

    public QuarantineMark? MarkFor(string scenarioName) =>
        entries.FirstOrDefault(e => e.Scenario == scenarioName)?.MarkFor(today);

    public IReadOnlyList<MatrixScenario> Apply(IReadOnlyList<MatrixScenario> scenarios) =>
        entries.Count == 0 ? scenarios : [.. scenarios.Select(s => MarkFor(s.Name) is { } mark ? s with { Quarantine = mark } : s)];

    /// <summary>Failed scenarios whose quarantine still holds: not counted against the run or the gate.</summary>
    public static int Forgiven(IEnumerable<MatrixScenario> scenarios) => scenarios.Count(s => s.FailedInQuarantine);

    /// <summary>The console's lines: forgiven failures, and quarantines that expired (their scenarios count again).</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<MatrixScenario> scenarios)
    {
        var forgiven = scenarios.Where(s => s.FailedInQuarantine).ToList();
        if (forgiven.Count > 0)
            yield return $"{forgiven.Count} underkända scenarier i karantän räknas inte mot körningen eller releasegrinden:";
        foreach (var s in forgiven) yield return $"  ⚠ {s.Process}: {s.Name} ({s.Quarantine!.Text})";
        foreach (var s in scenarios.Where(s => s.Quarantine is { Expired: true }))
            yield return $"Karantänen har gått ut för {s.Process}: {s.Name} (gällde till och med {s.Quarantine!.Until:yyyy-MM-dd}): " +
                         $"scenariot räknas igen{(s.Failed ? " och är underkänt" : "")}. Ta bort posten ur features/{QuarantineFile.FileName} eller förläng den.";
    }
}
