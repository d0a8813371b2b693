using E2E.Reporting.Gate;
using E2E.Reporting.History;
using E2E.Reporting.Matrix;
using E2E.Reporting.Processes;

namespace E2E.Cli;

/// <summary>
/// The run's process matrix with its history: built from the Allure results and the history folder, written as
/// artifacts/processmatris.html and .json, told on the console (red cells since when, newly broken, fixed, flaky), and
/// this run added to the history last, once everything else is written.
/// </summary>
internal sealed class ProcessMatrixOutputs(MatrixHistory.Result result, string historyFile)
{
    /// <summary>Links from artifacts/ into the Allure report, which names a result by the md5 of its uuid.</summary>
    public static string ReportLink(MatrixScenario scenario) => $"allure-report/index.html#{scenario.ReportId}";

    public MatrixHistory.Result Result => result;

    public ProcessMatrix Matrix => result.Matrix;

    public static ProcessMatrixOutputs Build(IReadOnlyList<MatrixScenario> scenarios, ProcessCatalog catalog, string environment, string historyFolder,
        DateTimeOffset runAt, bool selection)
    {
        var historyFile = Path.Combine(historyFolder, MatrixHistoryFile.FileName);
        var matrix = ProcessMatrix.Build(catalog, scenarios, runAt, environment, selection);
        return new ProcessMatrixOutputs(MatrixHistory.Apply(matrix, MatrixHistoryFile.Read(historyFile)), historyFile);
    }

    public void Write(string artifacts, GateVerdict? gate)
    {
        ProcessMatrixJson.Write(Path.Combine(artifacts, ProcessMatrixJson.FileName), result, ReportLink);
        ProcessMatrixPage.Write(Path.Combine(artifacts, ProcessMatrixPage.FileName), result, ReportLink, gate?.Lines().First());
        Console.WriteLine($"Processmatris: {Path.Combine(artifacts, ProcessMatrixPage.FileName)}");
    }

    public void PrintChanges()
    {
        var red = Matrix.Rows.SelectMany(r => r.Cells.Where(c => c.State == CellState.Red).Select(c => (r, c))).ToList();
        if (red.Count > 0) Console.WriteLine("\nRöda celler");
        foreach (var (row, cell) in red)
            Console.WriteLine($"  ✘ {row.Id} {cell.Direction}: röd sedan {MatrixTime.Format(cell.RedSince ?? Matrix.RunAt)}" +
                              $"{(cell.NewlyRed ? " (ny)" : "")}, senast grön {(cell.LastGreen is { } g ? MatrixTime.Format(g) : "aldrig i historiken")}: {cell.Why}");
        Print("Nya fel sedan förra körningen", result.NewlyBroken);
        Print("Lagade sedan förra körningen", result.Fixed);
        Print("Instabila", result.Flaky);
        Print("Instabila i den här körningen (godkända först vid omförsök)", Matrix.Scenarios.Where(s => s.Flaky));
    }

    /// <summary>Adds this run to the history file; after the outputs, so a crash before never half-records a run.</summary>
    public void Remember() => MatrixHistoryFile.Append(historyFile, Matrix);

    private static void Print(string title, IEnumerable<MatrixScenario> scenarios)
    {
        var list = scenarios.ToList();
        if (list.Count == 0) return;
        Console.WriteLine($"\n{title} ({list.Count})");
        foreach (var s in list) Console.WriteLine($"  {s.Process}: {s.Name}");
    }
}
