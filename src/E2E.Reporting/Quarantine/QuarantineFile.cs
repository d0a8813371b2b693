using System.Globalization;
using System.Text.Json;
using E2E.Core.Settings;

namespace E2E.Reporting.Quarantine;

/// <summary>
/// Reads features/karantan.json: { "beskrivning": "…", "scenarier": [ { "scenario", "orsak", "tillOchMed", "ärende" } ] }.
/// Every problem is named with file, entry and value in Swedish; <see cref="Read"/> refuses a file with any.
/// </summary>
public static class QuarantineFile
{
    public const string FileName = "karantan.json";

    private static readonly string[] Fields = ["scenario", "orsak", "tillOchMed", "ärende"];

    /// <summary>The entries; a missing file is an empty quarantine. Throws with every problem when the file has any.</summary>
    public static IReadOnlyList<QuarantineEntry> Read(string path, string shownAs)
    {
        if (!File.Exists(path)) return [];
        var (entries, problems) = Check(path, shownAs);
        return problems.Count == 0 ? entries : throw new SettingsFileException(string.Join("\n", problems));
    }

    /// <summary>The entries that can be read and a Swedish line per problem (for granska, which lists them all).</summary>
    public static (IReadOnlyList<QuarantineEntry> Entries, IReadOnlyList<string> Problems) Check(string path, string shownAs)
    {
        using var document = SettingsFile.Parse(path, shownAs);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return ([], [$"{shownAs}: ska vara ett objekt med \"beskrivning\" och listan \"scenarier\"."]);
        var problems = root.EnumerateObject().Where(p => p.Name is not ("beskrivning" or "scenarier"))
            .Select(p => $"{shownAs}: okänd inställning \"{p.Name}\" (kända: beskrivning, scenarier).").ToList();
        if (!root.TryGetProperty("scenarier", out var list) || list.ValueKind != JsonValueKind.Array)
            return ([], [.. problems, $"{shownAs}: \"scenarier\" saknas eller är ingen lista inom [ ]."]);
        var entries = new List<QuarantineEntry>();
        var position = 0;
        foreach (var item in list.EnumerateArray())
        {
            position++;
            if (Entry(item, position, shownAs, problems) is { } entry) entries.Add(entry);
        }
        foreach (var twice in entries.GroupBy(e => e.Scenario).Where(g => g.Count() > 1))
            problems.Add($"{shownAs}: scenariot \"{twice.Key}\" står {twice.Count()} gånger (poster {string.Join(", ", twice.Select(e => e.Position))}).");
        return (entries, problems);
    }

    /// <summary>Entries that name no scenario of the suite (a typo, or a scenario renamed since).</summary>
    public static IEnumerable<string> Unknown(IEnumerable<QuarantineEntry> entries, IReadOnlySet<string> scenarioNames, string shownAs) =>
        entries.Where(e => !scenarioNames.Contains(e.Scenario)).Select(e =>
            $"{Where(shownAs, e.Position, e.Scenario)}: det finns inget scenario med det namnet (skriv namnet som rapporten visar det; " +
            "en rad ur Exempel med radens namn).");

    private static QuarantineEntry? Entry(JsonElement item, int position, string shownAs, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{shownAs}, post {position}: ska vara ett objekt med scenario, orsak och tillOchMed.");
            return null;
        }
        var scenario = Text(item, "scenario");
        var where = Where(shownAs, position, scenario);
        var before = problems.Count;
        problems.AddRange(item.EnumerateObject().Where(p => !Fields.Contains(p.Name))
            .Select(p => $"{where}: okänd inställning \"{p.Name}\" (kända: {string.Join(", ", Fields)})."));
        if (string.IsNullOrWhiteSpace(scenario)) problems.Add($"{where}: \"scenario\" saknas: skriv scenariots namn som rapporten visar det.");
        var reason = Text(item, "orsak");
        if (string.IsNullOrWhiteSpace(reason)) problems.Add($"{where}: \"orsak\" saknas: skriv varför scenariot är i karantän.");
        var dateText = Text(item, "tillOchMed");
        DateOnly until = default;
        if (string.IsNullOrWhiteSpace(dateText))
            problems.Add($"{where}: \"tillOchMed\" saknas: skriv sista dagen karantänen gäller, t.ex. {SampleDate}.");
        else if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out until))
            problems.Add($"{where}: \"tillOchMed\" har värdet \"{dateText}\", som inte är ett datum på formen åååå-mm-dd (t.ex. {SampleDate}).");
        var issue = Text(item, "ärende");
        return problems.Count > before ? null : new QuarantineEntry(scenario!.Trim(), reason!.Trim(), until, string.IsNullOrWhiteSpace(issue) ? null : issue.Trim(), position);
    }

    /// <summary>The example date the messages show.</summary>
    internal const string SampleDate = "2030-06-30";

    private static string Where(string shownAs, int position, string? scenario) =>
        $"{shownAs}, post {position}" + (string.IsNullOrWhiteSpace(scenario) ? "" : $" (\"{scenario}\")");

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}
