using System.Text;
using System.Text.Json;
using E2E.Reporting.Matrix;

namespace E2E.Reporting.History;

/// <summary>
/// The matrix's history across runs, one JSON line per run in <see cref="FileName"/> of the history folder, which
/// lives outside the wiped artifacts/ folder so CI can cache it. A damaged line is skipped, never fatal: losing one
/// run's history must not stop a release check.
/// </summary>
public static class MatrixHistoryFile
{
    public const string FileName = "processmatris.jsonl";

    /// <summary>Runs older than this many are dropped when a new one is added, so the file stays small.</summary>
    public const int Kept = 200;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<HistoryRun> Read(string file)
    {
        if (!File.Exists(file)) return [];
        var runs = new List<HistoryRun>();
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            try
            {
                if (JsonSerializer.Deserialize<HistoryRun>(line, Json) is { Cells: not null, Scenarios: not null } run) runs.Add(run);
            }
            catch (JsonException)
            {
                // A line cut off by an interrupted write: the other runs still count.
            }
        }
        return [.. runs.OrderBy(r => r.At)];
    }

    public static void Append(string file, ProcessMatrix matrix)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var lines = Read(file).TakeLast(Kept - 1).Append(HistoryRun.Of(matrix)).Select(r => JsonSerializer.Serialize(r, Json));
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        File.Move(temporary, file, overwrite: true);
    }
}
