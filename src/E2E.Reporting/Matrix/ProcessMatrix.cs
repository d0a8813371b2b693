using E2E.Reporting.Processes;

namespace E2E.Reporting.Matrix;

/// <summary>
/// Every process of the catalogue × every direction between the systems, from one run's results: the process owner's
/// answer to "which processes work, in which direction, and since when".
/// </summary>
public sealed record ProcessMatrix(
    DateTimeOffset RunAt, string Environment, IReadOnlyList<string> Directions, IReadOnlyList<ProcessRow> Rows,
    IReadOnlyList<MatrixScenario> Scenarios)
{
    /// <param name="selection">The run chose some scenarios (--taggar, --filter): a process left out says so.</param>
    public static ProcessMatrix Build(ProcessCatalog catalog, IReadOnlyList<MatrixScenario> scenarios, DateTimeOffset runAt, string environment,
        bool selection = false)
    {
        var ids = catalog.Processes.Select(p => p.Id).Concat(scenarios.Select(s => s.Process)).Distinct().ToList();
        var rows = ids.Select(id => Row(catalog, id, [.. scenarios.Where(s => s.Process == id)], selection)).ToList();
        return new ProcessMatrix(runAt, environment, catalog.Directions, rows, scenarios);
    }

    public ProcessRow? Row(string processId) => Rows.FirstOrDefault(r => r.Id == processId);

    private static ProcessRow Row(ProcessCatalog catalog, string id, List<MatrixScenario> own, bool selection)
    {
        var uncovered = own.Count == 0 && selection ? "inte med i urvalet" : "inget scenario går i den här riktningen";
        var applies = catalog.DirectionsOf(id);
        var whyNot = catalog.Processes.FirstOrDefault(p => p.Id == id)?.WhyNotOthers ?? "processen går inte i den riktningen";
        // A scenario skipped, stopped by a miljöfel or failed before it crossed a system has no direction. It stands in
        // each direction no other scenario covered: that cell is hoppad or röd with its reason, not "ej täckt".
        var withoutDirection = own.Where(s => s.Directions.Count == 0 && !s.Passed).ToList();
        var cells = catalog.Directions.Select(direction => applies.Contains(direction)
            ? Cell(direction, DirectionalOr([.. own.Where(s => s.Directions.Contains(direction))], withoutDirection), uncovered)
            : new MatrixCell(direction, CellState.NotApplicable, 0, 0, whyNot, [])).ToList();
        return new ProcessRow(id, catalog.TitleOf(id), own.Any(s => s.Critical), own.Count, cells);
    }

    private static List<MatrixScenario> DirectionalOr(List<MatrixScenario> there, List<MatrixScenario> withoutDirection) =>
        there.Count > 0 ? there : withoutDirection;

    // Skipped scenarios and miljöfel prove nothing: a cell with only those is "hoppad" with the reason, never green.
    private static MatrixCell Cell(string direction, List<MatrixScenario> there, string uncovered)
    {
        var passed = there.Count(s => s.Passed);
        var failed = there.Where(s => s.Failed).ToList();
        if (there.Count == 0)
            return new MatrixCell(direction, CellState.NotCovered, 0, 0, uncovered, there);
        if (failed.Count > 0)
            return new MatrixCell(direction, CellState.Red, there.Count, passed, $"{failed[0].Name}: {failed[0].FirstLine ?? failed[0].Status}", there);
        if (passed > 0)
            return new MatrixCell(direction, CellState.Green, there.Count, passed, null, there);
        var reason = there.FirstOrDefault(s => s.Status == MatrixScenario.Unreachable) is { } unreachable
            ? unreachable.FirstLine
            : there.Select(s => s.FirstLine).FirstOrDefault(m => m is not null) ?? "överhoppat";
        return new MatrixCell(direction, CellState.Skipped, there.Count, 0, reason, there);
    }
}
