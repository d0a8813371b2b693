namespace E2E.Reporting.Matrix;

/// <summary>How one process stands in one direction between the systems, in the words a process owner reads.</summary>
public enum CellState { Green, Red, NotCovered, NotApplicable, Skipped }

public static class CellStateWords
{
    public static string Swedish(this CellState state) => state switch
    {
        CellState.Green => "grön",
        CellState.Red => "röd",
        CellState.NotCovered => "ej täckt",
        CellState.NotApplicable => "ej tillämplig",
        _ => "hoppad",
    };

    public static CellState? FromSwedish(string? word) =>
        Enum.GetValues<CellState>().Cast<CellState?>().FirstOrDefault(s => s!.Value.Swedish() == word);
}
