using System.Text.Json;
using System.Text.RegularExpressions;

namespace E2E.Core.Settings;

/// <summary>
/// Reads a JSON settings file that testers edit by hand (playwright.config.json, environments/*.json). A typo or a
/// value of the wrong kind becomes a <see cref="SettingsFileException"/> that names the file, the line and what is
/// wrong, in Swedish, instead of a .NET stack trace.
/// </summary>
public static partial class SettingsFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static T Read<T>(string path, string shownAs) where T : class
    {
        var text = File.ReadAllText(path);
        try
        {
            return JsonSerializer.Deserialize<T>(text, SettingsJson.Options) ?? throw new SettingsFileException($"{shownAs} är tom.");
        }
        catch (JsonException e)
        {
            throw SettingsFileException.From(shownAs, text, e);
        }
    }

    public static JsonDocument Parse(string path, string shownAs)
    {
        var text = File.ReadAllText(path);
        try
        {
            return JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw SettingsFileException.From(shownAs, text, e);
        }
    }
}

/// <summary>A settings file that cannot be read; the message is for the tester who edited it.</summary>
public sealed partial class SettingsFileException(string message, Exception? inner = null) : InvalidOperationException(message, inner)
{
    public static SettingsFileException From(string shownAs, string text, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0) + 1;
        var column = (int)(e.BytePositionInLine ?? 0) + 1;
        var lines = text.Split('\n');
        var shown = line <= lines.Length ? $"\n  rad {line}: {lines[line - 1].TrimEnd('\r').Trim()}" : "";
        return new SettingsFileException($"{shownAs}, rad {line}, tecken {column}: {Reason(e)}.{shown}", e);
    }

    private static string Reason(JsonException e)
    {
        var property = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null;
        if (Unmapped().Match(e.Message) is { Success: true } unknown)
            return $"okänd inställning \"{unknown.Groups["name"].Value}\" (stavfel?)";
        if (ConvertedTo().Match(e.Message) is { Success: true } wrong && property is not null)
            return $"värdet för \"{property}\" ska vara {Kind(wrong.Groups["type"].Value)}";
        return "ogiltig JSON (kontrollera kommatecken, citattecken och klamrar på raden eller raden före)";
    }

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "ett heltal",
        "System.Boolean" => "true eller false",
        "System.String" => "en text inom citattecken",
        _ when type.Contains("List") || type.EndsWith("[]", StringComparison.Ordinal) => "en lista inom [ ]",
        _ => "ett objekt inom { }",
    };

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.? Path")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex Unmapped();
}
