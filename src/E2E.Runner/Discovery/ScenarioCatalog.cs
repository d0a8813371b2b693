using System.Collections.Concurrent;

namespace E2E.Runner.Discovery;

/// <summary>
/// Finds every scenario and Examples row under a features folder. A file that does not parse becomes one failing
/// case of its own, so every other feature still runs.
/// </summary>
public static class ScenarioCatalog
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<ScenarioCase>> Cache = new();

    /// <summary>features/ next to the test assembly (copied there by the build), or E2E_FEATURES_DIR.</summary>
    public static string DefaultFeaturesDirectory =>
        Environment.GetEnvironmentVariable("E2E_FEATURES_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(AppContext.BaseDirectory, "features");

    /// <summary>Discovery runs once per folder and process: NUnit asks for the cases more than once.</summary>
    public static IReadOnlyList<ScenarioCase> Load(string featuresDirectory) =>
        Cache.GetOrAdd(Path.GetFullPath(featuresDirectory), Discover);

    public static IReadOnlyList<ScenarioCase> Discover(string featuresDirectory)
    {
        if (!Directory.Exists(featuresDirectory))
            return [Problem("features", $"Mappen med feature-filer finns inte: {featuresDirectory}")];

        var root = Path.GetDirectoryName(Path.GetFullPath(featuresDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
        var cases = new List<ScenarioCase>();
        foreach (var file in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            try
            {
                cases.AddRange(ScenarioCaseBuilder.Build(GherkinFeatureReader.Read(relative, File.ReadAllText(file))));
            }
            catch (FeatureParseException e)
            {
                cases.Add(Problem(relative, e.Message));
            }
        }
        return cases.Count > 0 ? ScenarioNames.MakeUnique(cases)
            : [Problem("features", $"Inga scenarier hittades under {featuresDirectory}.")];
    }

    private static ScenarioCase Problem(string file, string message) => new()
    {
        FeatureFile = file,
        DisplayName = $"Feature-fel i {file}",
        Tags = ["feature-fel"],
        ParseError = message,
    };
}
