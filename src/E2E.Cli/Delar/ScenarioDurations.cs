using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace E2E.Cli.Delar;

/// <summary>
/// Each scenario's last known duration per environment, in scenariotider.json of the history folder, kept by the runs
/// that see every part (a whole run, or the merge of parts) from dotnet test's TRX file, where a scenario is named as
/// the part plans name it. A damaged file is started afresh: durations only balance parts, they never judge a run.
/// </summary>
internal static class ScenarioDurations
{
    public const string FileName = "scenariotider.json";

    /// <summary>When no scenario has a known duration: all weigh the same, so the parts get equally many.</summary>
    public const double Unknown = 1.0;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyDictionary<string, double> Read(string historyFolder, string environment) =>
        ReadAll(Path.Combine(historyFolder, FileName)).GetValueOrDefault(environment) ?? [];

    /// <summary>The known durations of the scenarios, the median of the known ones for the rest.</summary>
    public static IReadOnlyList<ScenarioPartition.Item> Weigh(IEnumerable<string> ids, IReadOnlyDictionary<string, double> known)
    {
        var list = ids.ToList();
        var seen = list.Where(known.ContainsKey).Select(id => known[id]).ToList();
        var median = seen.Count == 0 ? Unknown : Percentiles.Median(seen);
        return [.. list.Select(id => new ScenarioPartition.Item(id, known.GetValueOrDefault(id, median)))];
    }

    /// <summary>Adds the durations in these TRX files to the environment's; a scenario's newest duration wins.</summary>
    public static void Remember(string historyFolder, string environment, IEnumerable<string> trxFiles)
    {
        var measured = trxFiles.Where(File.Exists).SelectMany(FromTrx).ToList();
        if (measured.Count == 0) return;
        var file = Path.Combine(historyFolder, FileName);
        var all = ReadAll(file);
        var durations = all.GetValueOrDefault(environment) ?? new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, seconds) in measured) durations[id] = Math.Round(seconds, 3);
        all[environment] = durations;
        Directory.CreateDirectory(historyFolder);
        // Written beside, then moved, as the matrix history is: a run stopped mid-write keeps the durations it had.
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(all, Json), new UTF8Encoding(false));
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>Scenarios that ran (not those skipped) and how long each took, as dotnet test's TRX logger recorded them.</summary>
    public static IEnumerable<(string Id, double Seconds)> FromTrx(string trxFile)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        foreach (var result in XDocument.Load(trxFile).Descendants(ns + "UnitTestResult"))
        {
            if ((string?)result.Attribute("outcome") is null or "NotExecuted") continue;
            if ((string?)result.Attribute("testName") is { } name &&
                TimeSpan.TryParse((string?)result.Attribute("duration"), CultureInfo.InvariantCulture, out var duration))
                yield return (name, duration.TotalSeconds);
        }
    }

    private static SortedDictionary<string, SortedDictionary<string, double>> ReadAll(string file)
    {
        var all = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal);
        if (!File.Exists(file)) return all;
        try
        {
            var read = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(File.ReadAllText(file));
            foreach (var (environment, durations) in read ?? [])
                all[environment] = new SortedDictionary<string, double>(durations, StringComparer.Ordinal);
            return all;
        }
        catch (JsonException)
        {
            return all;
        }
    }
}
