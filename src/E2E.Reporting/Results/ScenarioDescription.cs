namespace E2E.Reporting.Results;

/// <summary>
/// What the writer needs to know about a scenario, as plain data. The Reqnroll listener fills it from
/// FeatureInfo/RuleInfo/ScenarioInfo; tests fill it directly.
/// </summary>
internal sealed record ScenarioDescription(
    string FeatureTitle,
    string? FeatureDescription,
    string? FeatureFolder,
    IReadOnlyList<string> FeatureTags,
    string? RuleTitle,
    IReadOnlyList<string> RuleTags,
    string ScenarioTitle,
    string? ScenarioText,
    IReadOnlyList<string> ScenarioTags,
    IReadOnlyList<KeyValuePair<string, string>> Arguments)
{
    /// <summary>Feature tags first, then rule, then scenario, so the most specific tag wins for single-valued labels.</summary>
    public IEnumerable<string> AllTags => FeatureTags.Concat(RuleTags).Concat(ScenarioTags);
}
