using System.Text.Json;
using E2E.Core.Settings;

namespace E2E.Reporting.Settings;

/// <summary>
/// features/rapport.json: how the report turns issue and test-case ids from tags (<c>@allure.issue:SAMSA-123</c>,
/// <c>@allure.tms:TC-9</c>) into addresses, e.g. <c>{ "länkmönster": { "issue": "https://…/browse/{}" } }</c>.
/// Allure 3 has no link templates, so the addresses are written into the result files.
/// </summary>
public sealed record ReportSettings(IReadOnlyDictionary<string, string> LinkPatterns)
{
    public const string FileName = "rapport.json";
    private const string ShownAs = "features/" + FileName;
    private const string Placeholder = "{}";

    /// <summary>The link types a pattern can be given for; other links carry their address in the tag.</summary>
    public static readonly IReadOnlyList<string> LinkTypes = ["issue", "tms"];

    public static readonly ReportSettings Empty = new(new Dictionary<string, string>());

    private static readonly Lazy<ReportSettings> NextToTests = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "features", FileName)));

    /// <summary>The settings copied next to the test assembly with the features; none when the file is missing.</summary>
    public static ReportSettings ForTestRun => NextToTests.Value;

    /// <summary>Reads the file; a mistake in it is a <see cref="SettingsFileException"/> naming file, line and value.</summary>
    public static ReportSettings Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        using var document = SettingsFile.Parse(path, ShownAs);
        var text = File.ReadAllText(path);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw Problem(text, null, "filen ska vara ett objekt inom { }");

        var patterns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in document.RootElement.EnumerateObject())
        {
            if (setting.Name == "beskrivning") continue;
            if (setting.Name != "länkmönster")
                throw Problem(text, setting.Name, $"okänd inställning \"{setting.Name}\" (kända: länkmönster, beskrivning)");
            if (setting.Value.ValueKind != JsonValueKind.Object)
                throw Problem(text, setting.Name, "värdet för \"länkmönster\" ska vara ett objekt inom { }");
            foreach (var link in setting.Value.EnumerateObject())
                patterns[link.Name] = Pattern(text, link);
        }
        return new ReportSettings(patterns);
    }

    private static string Pattern(string text, JsonProperty link)
    {
        if (!LinkTypes.Contains(link.Name))
            throw Problem(text, link.Name, $"okänd länktyp \"{link.Name}\" i länkmönster (kända: {string.Join(", ", LinkTypes)})");
        if (link.Value.ValueKind != JsonValueKind.String)
            throw Problem(text, link.Name, $"värdet för \"länkmönster.{link.Name}\" ska vara en text inom citattecken");
        var pattern = link.Value.GetString()!;
        if (!pattern.Contains(Placeholder, StringComparison.Ordinal))
            throw Problem(text, link.Name, $"mönstret \"{pattern}\" för {link.Name} saknar {Placeholder} där id:t ska stå");
        if (!Uri.TryCreate(pattern.Replace(Placeholder, "x", StringComparison.Ordinal), UriKind.Absolute, out var address)
            || address.Scheme is not ("https" or "http"))
            throw Problem(text, link.Name, $"mönstret \"{pattern}\" för {link.Name} är ingen webbadress (ska börja med https://)");
        return pattern;
    }

    /// <summary>The line is the first that names the property; JsonDocument keeps no positions after parsing.</summary>
    private static SettingsFileException Problem(string text, string? property, string reason)
    {
        var lines = text.Split('\n');
        var index = property is null ? -1 : Array.FindIndex(lines, l => l.Contains($"\"{property}\"", StringComparison.Ordinal));
        return index < 0
            ? new SettingsFileException($"{ShownAs}: {reason}.")
            : new SettingsFileException($"{ShownAs}, rad {index + 1}: {reason}.\n  rad {index + 1}: {lines[index].TrimEnd('\r').Trim()}");
    }
}
