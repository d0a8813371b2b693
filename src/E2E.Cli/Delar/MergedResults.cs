using System.Text;

namespace E2E.Cli.Delar;

/// <summary>
/// The parts' allure-results in one folder: every result, container and attachment (their names are unique ids), the
/// "Miljö" panel's values once (values that differ between parts, such as the data seed, listed in part order), and
/// the run-wide files (categories, executor) written afresh by the caller.
/// </summary>
internal static class MergedResults
{
    private const string EnvironmentFile = "environment.properties";
    private static readonly string[] RunWide = ["categories.json", "executor.json", EnvironmentFile];

    /// <returns>How many scenario results each part brought.</returns>
    public static IReadOnlyList<int> Copy(IEnumerable<string> partResults, string results)
    {
        var counts = new List<int>();
        var environment = new List<(string Key, string Value)>();
        foreach (var folder in partResults)
        {
            if (!Directory.Exists(folder)) { counts.Add(0); continue; }
            var copied = Directory.EnumerateFiles(folder).Where(f => !RunWide.Contains(Path.GetFileName(f))).ToList();
            foreach (var file in copied) File.Copy(file, Path.Combine(results, Path.GetFileName(file)), overwrite: false);
            counts.Add(copied.Count(f => f.EndsWith("-result.json", StringComparison.Ordinal)));
            var properties = Path.Combine(folder, EnvironmentFile);
            if (File.Exists(properties)) environment.AddRange(File.ReadAllLines(properties).Select(Split).OfType<(string, string)>());
        }
        if (environment.Count > 0)
            File.WriteAllText(Path.Combine(results, EnvironmentFile), string.Concat(environment.GroupBy(p => p.Key)
                .Select(g => $"{g.Key}={string.Join(", ", g.Select(p => p.Value).Distinct())}\n")), new UTF8Encoding(false));
        return counts;
    }

    /// <summary>A line "key=value" as written (escaped), split at the first '=' that is not escaped in the key.</summary>
    private static (string Key, string Value)? Split(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (line[i] == '=') return (line[..i], line[(i + 1)..]);
        }
        return null;
    }
}
