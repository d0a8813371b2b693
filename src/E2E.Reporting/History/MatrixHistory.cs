using E2E.Reporting.Matrix;

namespace E2E.Reporting.History;

/// <summary>
/// What the earlier runs of the same environment say about this one: when each cell was last green, since when a red
/// cell has been red, and which scenarios newly broke, were fixed or flip between passing and failing.
/// Only green ends a red streak: a run that did not select the process (ej täckt) or skipped it says nothing.
/// </summary>
public static class MatrixHistory
{
    /// <summary>A scenario that changed between passing and failing this many times in <see cref="FlakyWindow"/> runs is flaky.</summary>
    public const int FlakyChanges = 3;
    public const int FlakyWindow = 10;

    public sealed record ScenarioChange(MatrixScenario Scenario, string Change);

    public sealed record Result(ProcessMatrix Matrix, IReadOnlyList<HistoryRun> Earlier, IReadOnlyList<ScenarioChange> Changes)
    {
        public IEnumerable<MatrixScenario> NewlyBroken => Changes.Where(c => c.Change == "nytt fel").Select(c => c.Scenario);
        public IEnumerable<MatrixScenario> Fixed => Changes.Where(c => c.Change == "lagat").Select(c => c.Scenario);
        public IEnumerable<MatrixScenario> Flaky => Changes.Where(c => c.Change == "instabilt").Select(c => c.Scenario);
    }

    public static Result Apply(ProcessMatrix matrix, IReadOnlyList<HistoryRun> history)
    {
        var earlier = history.Where(r => r.Environment == matrix.Environment && r.At < matrix.RunAt).OrderBy(r => r.At).ToList();
        var rows = matrix.Rows.Select(row => row with
        {
            Cells = [.. row.Cells.Select(cell => WithHistory(row.Id, cell, matrix.RunAt, earlier))],
        }).ToList();
        return new Result(matrix with { Rows = rows }, earlier, Changes(matrix.Scenarios, earlier));
    }

    private static MatrixCell WithHistory(string processId, MatrixCell cell, DateTimeOffset now, List<HistoryRun> earlier)
    {
        if (cell.State == CellState.NotApplicable) return cell;
        var decisive = earlier.Select(r => (r.At, State: r.StateOf(processId, cell.Direction)))
            .Where(x => x.State is CellState.Green or CellState.Red).ToList();
        var lastGreen = cell.State == CellState.Green ? now : decisive.LastOrDefault(x => x.State == CellState.Green).At;
        if (cell.State != CellState.Red)
            return cell with { LastGreen = NullIfDefault(lastGreen) };
        var redStreak = decisive.AsEnumerable().Reverse().TakeWhile(x => x.State == CellState.Red).Select(x => x.At).LastOrDefault();
        return cell with
        {
            LastGreen = NullIfDefault(lastGreen),
            RedSince = NullIfDefault(redStreak) ?? now,
            NewlyRed = decisive.Count > 0 && decisive[^1].State == CellState.Green,
        };
    }

    private static List<ScenarioChange> Changes(IReadOnlyList<MatrixScenario> scenarios, List<HistoryRun> earlier)
    {
        var changes = new List<ScenarioChange>();
        foreach (var scenario in scenarios.Where(s => s.HistoryId.Length > 0 && (s.Passed || s.Failed)))
        {
            var before = earlier.Select(r => r.Scenarios.GetValueOrDefault(scenario.HistoryId))
                .Where(s => s is "passed" or "failed" or "broken").Select(s => s == "passed").ToList();
            var outcomes = before.Append(scenario.Passed).TakeLast(FlakyWindow).ToList();
            var flips = outcomes.Zip(outcomes.Skip(1)).Count(p => p.First != p.Second);
            if (flips >= FlakyChanges) changes.Add(new ScenarioChange(scenario, "instabilt"));
            else if (before.Count > 0 && before[^1] && scenario.Failed) changes.Add(new ScenarioChange(scenario, "nytt fel"));
            else if (before.Count > 0 && !before[^1] && scenario.Passed) changes.Add(new ScenarioChange(scenario, "lagat"));
        }
        return changes;
    }

    private static DateTimeOffset? NullIfDefault(DateTimeOffset at) => at == default ? null : at;
}
