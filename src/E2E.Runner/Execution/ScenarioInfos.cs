using E2E.Runner.Discovery;
using Reqnroll;

namespace E2E.Runner.Execution;

/// <summary>Builds the Reqnroll ScenarioInfo/RuleInfo a generated test method would have built.</summary>
internal static class ScenarioInfos
{
    public static ScenarioInfo For(ScenarioCase scenario)
    {
        var inherited = scenario.Feature!.Info.Tags.Concat(scenario.Rule?.Tags ?? []).ToArray();
        return new ScenarioInfo(scenario.ScenarioTitle!, scenario.ScenarioDescription,
            scenario.ScenarioTags.ToArray(), scenario.Arguments, inherited, scenario.PickleIndex);
    }

    public static RuleInfo? RuleFor(ScenarioCase scenario) =>
        scenario.Rule is { } rule ? new RuleInfo(rule.Title, rule.Description, rule.Tags.ToArray()) : null;
}
