using System.Text;
using System.Text.Json;

namespace E2E.Cli.Granskning;

/// <summary>
/// features/granska-baslinje.json: findings the team has agreed to live with for now (file, rule, subject). They are
/// shown but do not fail; a finding not in the baseline fails. Written by "granska --uppdatera-baslinje".
/// </summary>
internal static class Baseline
{
    public const string FileName = "granska-baslinje.json";

    private sealed record Entry(string fil, string regel, string gäller);

    public static HashSet<string> Read(string file)
    {
        if (!File.Exists(file)) return [];
        try
        {
            var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(file)) ?? [];
            return [.. entries.Select(e => $"{e.fil}|{e.regel}|{e.gäller}")];
        }
        catch (JsonException e)
        {
            throw new E2E.Core.Settings.SettingsFileException(
                $"{Path.GetFileName(file)}, rad {(e.LineNumber ?? 0) + 1}: ogiltig JSON. Skriv om filen med \"granska --uppdatera-baslinje\".", e);
        }
    }

    public static void Write(string file, IEnumerable<Finding> findings)
    {
        var entries = findings.Select(f => new Entry(f.File, f.Rule, f.Subject)).Distinct().ToList();
        var json = JsonSerializer.Serialize(entries, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        File.WriteAllText(file, json + "\n", new UTF8Encoding(false));
    }
}
