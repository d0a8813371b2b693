namespace E2E.Reporting.Matrix;

/// <summary>
/// One process in one direction: its state, the scenarios behind it and why (a red cell's one line of what broke, a
/// skipped cell's reason, why a direction does not apply). History fills in when it was last green and since when red.
/// </summary>
public sealed record MatrixCell(
    string Direction, CellState State, int Scenarios, int Passed, string? Why, IReadOnlyList<MatrixScenario> Behind)
{
    public DateTimeOffset? LastGreen { get; init; }
    public DateTimeOffset? RedSince { get; init; }

    /// <summary>A cell that was not red in the previous run of the same environment and is now.</summary>
    public bool NewlyRed { get; init; }

    /// <summary>Scenarios behind the cell that passed only on a retry.</summary>
    public int Flaky => Behind.Count(s => s.Flaky);

    /// <summary>Failed scenarios behind the cell whose quarantine holds.</summary>
    public int FailedInQuarantine => Behind.Count(s => s.FailedInQuarantine);
}

/// <summary>One row of the matrix: a process of features/processer.json and its cells, one per direction.</summary>
public sealed record ProcessRow(string Id, string Title, bool Critical, int Scenarios, IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>Not one scenario of the process ran or was selected: the whole process is "ej täckt".</summary>
    public bool NotCovered => Scenarios == 0;

    /// <summary>Cells that apply to the process (every direction except "ej tillämplig").</summary>
    public IEnumerable<MatrixCell> Applicable => Cells.Where(c => c.State != CellState.NotApplicable);
}
