using System.Text.Json.Serialization;
using E2E.Reporting.Matrix;

namespace E2E.Reporting.History;

/// <summary>
/// One earlier run as the history file keeps it: when, against which environment, each cell's state
/// ("P04 Samvy→SAMSA": "röd") and each scenario's status by its Allure history id.
/// </summary>
public sealed record HistoryRun(
    [property: JsonPropertyName("tid")] DateTimeOffset At,
    [property: JsonPropertyName("miljö")] string Environment,
    [property: JsonPropertyName("celler")] Dictionary<string, string> Cells,
    [property: JsonPropertyName("scenarier")] Dictionary<string, string> Scenarios)
{
    public static string CellKey(string processId, string direction) => $"{processId} {direction}";

    public CellState? StateOf(string processId, string direction) =>
        Cells.TryGetValue(CellKey(processId, direction), out var word) ? CellStateWords.FromSwedish(word) : null;

    public static HistoryRun Of(ProcessMatrix matrix) => new(
        matrix.RunAt, matrix.Environment,
        matrix.Rows.SelectMany(r => r.Cells.Where(c => c.State != CellState.NotApplicable)
            .Select(c => (Key: CellKey(r.Id, c.Direction), c.State))).ToDictionary(x => x.Key, x => x.State.Swedish()),
        matrix.Scenarios.Where(s => s.HistoryId.Length > 0).GroupBy(s => s.HistoryId)
            .ToDictionary(g => g.Key, g => g.Last().Status));
}
