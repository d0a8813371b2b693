using E2E.Reporting.Matrix;
using E2E.Reporting.Quarantine;

namespace E2E.Cli;

/// <summary>
/// The console's summary per process (and direction between the systems), read from the run's process matrix.
/// A process without scenarios is shown as "ej täckt": not covered is a result too.
/// </summary>
internal sealed class ProcessSummary(ProcessMatrix matrix)
{
    public int Total => matrix.Scenarios.Count;

    /// <summary>Scenarios skipped because the environment lacks what they need (@kräver:…): counted apart, never as passed.</summary>
    public int Skipped => matrix.Scenarios.Count(s => s.Status == "skipped");

    /// <summary>Scenarios neither passed nor skipped: product, test and environment failures alike.</summary>
    public int Failures => matrix.Scenarios.Count(s => !s.Passed && s.Status != "skipped");

    /// <summary>Failed scenarios whose quarantine holds (features/karantan.json): shown, not counted against the run.</summary>
    public int Forgiven => ScenarioQuarantine.Forgiven(matrix.Scenarios);

    public IEnumerable<string> QuarantineLines() => ScenarioQuarantine.Lines(matrix.Scenarios);

    public void Print()
    {
        Console.WriteLine("\nSammanfattning per process");
        foreach (var row in matrix.Rows)
        {
            if (row.NotCovered)
            {
                Console.WriteLine($"  – {row.Title,-48} ej täckt");
                continue;
            }
            var own = matrix.Scenarios.Where(s => s.Process == row.Id).ToList();
            var skipped = own.Count(s => s.Status == "skipped");
            var run = own.Count - skipped;
            var passed = own.Count(s => s.Passed);
            var unreachable = own.Count(s => s.Status == MatrixScenario.Unreachable);
            var mark = run == 0 ? "–" : passed == run ? "✔" : passed + unreachable == run ? "!" : "✘";
            var flaky = own.Count(s => s.Flaky);
            var forgiven = own.Count(s => s.FailedInQuarantine);
            var skippedText = (skipped == 0 ? "" : $", {skipped} överhoppade") + (unreachable == 0 ? "" : $", {unreachable} miljöfel") +
                              (flaky == 0 ? "" : $", {flaky} instabila") + (forgiven == 0 ? "" : $", {forgiven} underkända i karantän");
            Console.WriteLine($"  {mark} {row.Title,-48} {passed} av {run} godkända{skippedText}{Directions(row)}");
        }
    }

    // A second line per covered process: each direction that applies, and those that do not, with why.
    private static string Directions(ProcessRow row)
    {
        var applying = string.Join(", ", row.Applicable.Select(c => $"{c.Direction} {c.State.Swedish()}"));
        var notApplying = row.Cells.Where(c => c.State == CellState.NotApplicable).ToList();
        var line = notApplying.Count == 0 ? applying
            : $"{applying}; gäller inte: {string.Join(", ", notApplying.Select(c => c.Direction))} ({notApplying[0].Why})";
        return $"\n      riktningar: {line}";
    }
}
