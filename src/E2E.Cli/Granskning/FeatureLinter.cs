using E2E.Reporting.Processes;

namespace E2E.Cli.Granskning;

/// <summary>Every rule over every feature file under a folder, in file and line order.</summary>
internal static class FeatureLinter
{
    public static IReadOnlyList<Finding> Check(string root, string featuresDirectory, ProcessCatalog catalog)
    {
        var findings = new List<Finding>();
        foreach (var path in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            findings.AddRange(CheckFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path), catalog));
        return findings;
    }

    public static IEnumerable<Finding> CheckFile(string shownPath, string text, ProcessCatalog catalog)
    {
        var (file, problem) = FeatureFile.Parse(shownPath, text);
        if (file is null) return [problem!];
        return TagRules.Check(file, catalog).Concat(StepRules.Check(file)).Concat(ShapeRules.Check(file))
            .OrderBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal);
    }
}
