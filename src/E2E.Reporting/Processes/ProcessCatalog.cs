using System.Text.Json;

namespace E2E.Reporting.Processes;

/// <summary>
/// features/processer.json: the processes the suite must prove (id → Swedish name) and the directions between the
/// systems. Reports group by "P04 Inskrivningsmeddelande" rather than a bare id, and list what is not covered.
/// </summary>
public sealed record ProcessCatalog(IReadOnlyList<ProcessCatalog.Process> Processes, IReadOnlyList<string> Directions)
{
    /// <summary>
    /// A process; <paramref name="Applies"/> the directions it can cross (empty: all of the catalogue's), and
    /// <paramref name="WhyNotOthers"/> why the others do not apply, for the summary to say so.
    /// </summary>
    public sealed record Process(string Id, string Name, IReadOnlyList<string> Applies, string? WhyNotOthers = null)
    {
        public string Title => $"{Id} {Name}";
    }

    public const string FileName = "processer.json";

    public static readonly ProcessCatalog Empty = new([], []);

    private static readonly Lazy<ProcessCatalog> NextToTests = new(() =>
        LoadIfPresent(Path.Combine(AppContext.BaseDirectory, "features", FileName)));

    /// <summary>The catalogue copied next to the test assembly with the features, if any.</summary>
    public static ProcessCatalog ForTestRun => NextToTests.Value;

    public static ProcessCatalog LoadIfPresent(string file) => File.Exists(file) ? Load(file) : Empty;

    /// <summary>Reads the file; a typo or a missing field is named with the file, line and field, never a stack trace.</summary>
    public static ProcessCatalog Load(string file)
    {
        var shownAs = $"features/{FileName}";
        var text = File.ReadAllText(file);
        try
        {
            return Parse(text);
        }
        catch (JsonException e)
        {
            throw E2E.Core.Settings.SettingsFileException.From(shownAs, text, e);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new E2E.Core.Settings.SettingsFileException(
                $"{shownAs}: varje process behöver \"id\" och \"namn\" (text), och filen \"processer\" och \"riktningar\" (listor); " +
                $"något av dem saknas eller har fel sort ({e.Message}).", e);
        }
    }

    private static ProcessCatalog Parse(string text)
    {
        using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var processes = doc.RootElement.GetProperty("processer").EnumerateArray()
            .Select(p => new Process(p.GetProperty("id").GetString()!, p.GetProperty("namn").GetString()!,
                p.TryGetProperty("riktningar", out var applies) ? [.. applies.EnumerateArray().Select(d => d.GetString()!)] : [],
                p.TryGetProperty("gällerInte", out var why) ? why.GetString() : null)).ToList();
        var directions = doc.RootElement.GetProperty("riktningar").EnumerateArray().Select(d => d.GetString()!).ToList();
        return new ProcessCatalog(processes, directions);
    }

    /// <summary>The directions the process can cross: its own list, or every direction when it names none.</summary>
    public IReadOnlyList<string> DirectionsOf(string id) =>
        Processes.FirstOrDefault(p => p.Id == id) is { Applies.Count: > 0 } process ? process.Applies : Directions;

    /// <summary>"P04 Inskrivningsmeddelande", or the id alone when the catalogue does not know it.</summary>
    public string TitleOf(string id) => Processes.FirstOrDefault(p => p.Id == id)?.Title ?? id;
}
