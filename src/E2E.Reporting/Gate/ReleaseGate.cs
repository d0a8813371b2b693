using E2E.Reporting.Matrix;

namespace E2E.Reporting.Gate;

/// <summary>
/// Applies the rules of features/releasegrind.json to a run's process matrix. A run of a selection (--taggar, --filter)
/// is judged on what it selected: a process or a direction left out on purpose is not "ej täckt", but whatever ran must
/// be green. Failures of scenarios in a quarantine that holds (features/karantan.json) are not held against the run.
/// </summary>
public static class ReleaseGate
{
    public static GateVerdict Judge(ReleaseGateRules rules, ProcessMatrix matrix, bool selectionOnly)
    {
        var rows = matrix.Rows.Where(r => !selectionOnly || !r.NotCovered).ToList();
        var outcomes = new List<GateRuleOutcome>();

        if (rules.CriticalGreenEverywhere == true)
        {
            var listed = rules.CriticalProcesses ?? [];
            var notGreen = rows.Where(r => r.Critical || listed.Contains(r.Id))
                .Select(r => (r, Cells: r.Applicable.Where(c => c.State != CellState.Green && !(selectionOnly && c.State == CellState.NotCovered))
                    .Where(c => !RedOnlyInQuarantine(c)).ToList()))
                .Where(x => x.Cells.Count > 0)
                .Select(x => $"{x.r.Title} är {string.Join(", ", x.Cells.Select(c => $"{c.State.Swedish()} i {c.Direction}"))}");
            outcomes.Add(Rule("Kritiska processer gröna i alla riktningar som gäller", notGreen));
        }
        if (rules.NoProcessUncovered == true)
            outcomes.Add(Rule("Ingen process ej täckt", rows.Where(r => r.NotCovered).Select(r => $"{r.Title} har inga scenarier")));
        if (rules.NoDirectionUncovered == true && !selectionOnly)
            outcomes.Add(Rule("Ingen riktning som gäller ej täckt", rows.Where(r => !r.NotCovered)
                .SelectMany(r => r.Applicable.Where(c => c.State == CellState.NotCovered).Select(c => $"{r.Title} i {c.Direction}"))));
        if (rules.MaxFailures is { } max)
        {
            var failed = matrix.Scenarios.Count(s => s.Failed && !s.FailedInQuarantine);
            outcomes.Add(new GateRuleOutcome($"Högst {max} underkända scenarier", failed <= max,
                $"{failed} scenarier är underkända eller trasiga"));
        }
        if (rules.NoFlakyCriticalScenarios == true)
        {
            var critical = rows.Where(r => r.Critical || (rules.CriticalProcesses ?? []).Contains(r.Id)).Select(r => r.Id).ToHashSet();
            // A scenario in a quarantine that holds is known to be unreliable: failing it would be forgiven, so passing on a retry is too.
            outcomes.Add(Rule("Inga instabila kritiska scenarier", matrix.Scenarios
                .Where(s => s.Flaky && s.Quarantine is not { Expired: false } && (s.Critical || critical.Contains(s.Process)))
                .Select(s => $"{s.Process}: {s.Name} godkändes först i försök {s.Attempts}")));
        }
        if (rules.MinScenariosPerProcess is { } min)
            outcomes.Add(Rule($"Minst {min} scenarier per process",
                rows.Where(r => r.Scenarios < min).Select(r => $"{r.Title} har {r.Scenarios}")));

        return new GateVerdict(outcomes, selectionOnly);
    }

    private static bool RedOnlyInQuarantine(MatrixCell cell) =>
        cell.State == CellState.Red && cell.Behind.Where(s => s.Failed).All(s => s.FailedInQuarantine);

    private static GateRuleOutcome Rule(string rule, IEnumerable<string> breaches)
    {
        var list = breaches.ToList();
        return new GateRuleOutcome(rule, list.Count == 0, list.Count == 0 ? null : string.Join("; ", list));
    }
}
