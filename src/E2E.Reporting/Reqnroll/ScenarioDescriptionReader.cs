using System.Collections;
using System.Globalization;
using E2E.Reporting.Results;
using Reqnroll;

namespace E2E.Reporting.Reqnroll;

/// <summary>Reads Reqnroll's feature, rule and scenario info into the writer's plain description.</summary>
internal static class ScenarioDescriptionReader
{
    public static ScenarioDescription Read(FeatureInfo feature, RuleInfo? rule, ScenarioInfo scenario)
        => new(
            FeatureTitle: feature.Title,
            FeatureDescription: feature.Description,
            FeatureFolder: feature.FolderPath,
            FeatureTags: feature.Tags ?? [],
            RuleTitle: string.IsNullOrWhiteSpace(rule?.Title) ? null : rule.Title,
            RuleTags: rule?.Tags ?? [],
            ScenarioTitle: scenario.Title,
            ScenarioText: scenario.Description,
            // Direct tags only: CombinedTags repeats the feature's tags after the scenario's, which would let a
            // feature's @critical override the scenario's own @minor.
            ScenarioTags: scenario.Tags ?? [],
            Arguments: ArgumentsOf(scenario));

    private static List<KeyValuePair<string, string>> ArgumentsOf(ScenarioInfo scenario)
    {
        var arguments = new List<KeyValuePair<string, string>>();
        if (scenario.Arguments is null) return arguments;
        foreach (DictionaryEntry entry in scenario.Arguments)
            arguments.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "",
                              Convert.ToString(entry.Value, CultureInfo.InvariantCulture) ?? ""));
        return arguments;
    }
}
