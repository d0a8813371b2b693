using System.Text.Json;
using E2E.Reporting.Results;

namespace E2E.Cli;

/// <summary>One scenario's process, outcome and duration, as the Allure result file records them.</summary>
internal sealed record ScenarioTiming(string Process, string Name, string Status, double Seconds)
{
    public const string NoProcess = "(utan process)";

    public bool Failed => Status is not ("passed" or "skipped");

    /// <summary>Every scenario in one run's allure-results directory (attachments and containers are not scenarios).</summary>
    public static IReadOnlyList<ScenarioTiming> ReadDirectory(string resultsDirectory) =>
        [.. Directory.EnumerateFiles(resultsDirectory, "*-result.json").Order(StringComparer.Ordinal).Select(ReadFile)];

    private static ScenarioTiming ReadFile(string file)
    {
        try { return Parse(File.ReadAllText(file)); }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{file}: {e.Message}", e);
        }
    }

    // start and stop are epoch milliseconds from Reqnroll's events: real elapsed time, whatever E2E_NOW says.
    public static ScenarioTiming Parse(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        var root = doc.RootElement;
        var process = NoProcess;
        if (root.TryGetProperty("labels", out var labels))
            foreach (var label in labels.EnumerateArray())
                if (label.GetProperty("name").GetString() == ReportLabels.Process && label.GetProperty("value").GetString() is { Length: > 0 } value)
                {
                    process = value;
                    break;
                }
        var milliseconds = Milliseconds(root, "stop") - Milliseconds(root, "start");
        return new ScenarioTiming(process, root.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
            root.TryGetProperty("status", out var s) ? s.GetString() ?? "unknown" : "unknown", milliseconds / 1000.0);
    }

    private static long Milliseconds(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.TryGetInt64(out var ms) ? ms
            : throw new InvalidDataException($"Allure-resultatet saknar \"{name}\": scenariots tid går inte att mäta.");
}
