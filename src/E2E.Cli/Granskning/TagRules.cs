using E2E.Core.Tags;
using E2E.Reporting.Processes;
using Gherkin.Ast;

namespace E2E.Cli.Granskning;

/// <summary>
/// Tags the reports and the gate rely on: a process from features/processer.json on every feature, a severity on
/// every scenario (its own or the feature's), and no tag the suite does not know (a typo would silently drop a
/// scenario from its process or its environment check).
/// </summary>
internal static class TagRules
{
    public static IEnumerable<Finding> Check(FeatureFile file, ProcessCatalog catalog)
    {
        var featureTags = file.Feature.Tags.Select(Name).ToList();
        var known = catalog.Processes.Select(p => p.Id).ToList();
        var process = featureTags.FirstOrDefault(t => t.StartsWith("process:", StringComparison.Ordinal));
        if (process is null)
            yield return new Finding(file.Path,FeatureFile.LineOf(file.Feature.Location), "process-tagg", "",
                "Egenskapen saknar taggen @process:Pnn.", $"Lägg till processen den prövar, t.ex. @process:P04 (kända: {string.Join(", ", known)}).");

        foreach (var scenario in file.Scenarios)
        {
            var tags = featureTags.Concat(scenario.Tags.Select(Name)).ToList();
            if (!tags.Any(IsSeverity))
                yield return new Finding(file.Path,FeatureFile.LineOf(scenario.Location), "allvarlighet", scenario.Name,
                    $"Scenariot \"{scenario.Name}\" saknar allvarlighetsgrad.", "Tagga egenskapen eller scenariot med @critical, @normal eller @minor (även @blocker, @trivial).");
        }

        foreach (var tag in file.Feature.Tags.Concat(file.Scenarios.SelectMany(s => s.Tags.Concat(s.Examples.SelectMany(e => e.Tags)))))
        {
            if (Problem(Name(tag), known) is { } problem)
                yield return new Finding(file.Path,FeatureFile.LineOf(tag.Location), "okänd-tagg", tag.Name, problem.Message, problem.Suggestion);
        }
    }

    private static (string Message, string Suggestion)? Problem(string tag, List<string> processes)
    {
        if (IsSeverity(tag) || tag.StartsWith("allure.", StringComparison.Ordinal)) return null;
        if (tag.StartsWith("process:", StringComparison.Ordinal))
            return processes.Contains(tag["process:".Length..]) ? null
                : ($"Processen i @{tag} finns inte i features/processer.json.", $"Använd en av {string.Join(", ", processes)}.");
        if (tag.StartsWith(CapabilityTags.TagPrefix, StringComparison.Ordinal))
            return CapabilityTags.Known.ContainsKey(tag[CapabilityTags.TagPrefix.Length..]) ? null
                : ($"Okänd förmåga i @{tag}.", $"Kända: {string.Join(", ", CapabilityTags.Known.Keys.Select(k => "@" + CapabilityTags.TagPrefix + k))}.");
        return ($"Okänd tagg @{tag}.", "Taggar som sviten känner: @process:Pnn, @critical/@normal/@minor/@blocker/@trivial, @kräver:…, @allure.…; se features/README.md.");
    }

    // The report's own reading of severity tags, so the linter accepts exactly what the report shows.
    private static bool IsSeverity(string tag) =>
        E2E.Reporting.Results.AllureTagMapper.IsSeverityWord(tag) || tag.StartsWith("allure.severity:", StringComparison.Ordinal);

    private static string Name(Tag tag) => tag.Name.TrimStart('@');
}
