using Io.Cucumber.Messages.Types;

namespace E2E.Runner.Discovery;

/// <summary>Looks up the written Gherkin (keywords, lines, rules, Examples) behind a pickle's AST node ids.</summary>
internal sealed class GherkinDocumentIndex
{
    public Dictionary<string, (Scenario Scenario, Rule? Rule)> Scenarios { get; } = [];
    public Dictionary<string, (Examples? Examples, TableRow? Row)> ExampleRows { get; } = [];
    public Dictionary<string, Step> Steps { get; } = [];

    /// <summary>The written steps of every Bakgrund (the feature's and each rule's).</summary>
    public HashSet<string> BackgroundStepIds { get; } = [];

    public static GherkinDocumentIndex Of(GherkinDocument document)
    {
        var index = new GherkinDocumentIndex();
        foreach (var child in document.Feature.Children)
        {
            if (child.Background is not null) index.AddBackground(child.Background);
            if (child.Scenario is not null) index.Add(child.Scenario, null);
            if (child.Rule is null) continue;
            foreach (var ruleChild in child.Rule.Children)
            {
                if (ruleChild.Background is not null) index.AddBackground(ruleChild.Background);
                if (ruleChild.Scenario is not null) index.Add(ruleChild.Scenario, child.Rule);
            }
        }
        return index;
    }

    private void Add(Scenario scenario, Rule? rule)
    {
        Scenarios[scenario.Id] = (scenario, rule);
        AddSteps(scenario.Steps);
        foreach (var examples in scenario.Examples)
            foreach (var row in examples.TableBody)
                ExampleRows[row.Id] = (examples, row);
    }

    private void AddBackground(Background background)
    {
        AddSteps(background.Steps);
        foreach (var step in background.Steps) BackgroundStepIds.Add(step.Id);
    }

    private void AddSteps(IEnumerable<Step> steps)
    {
        foreach (var step in steps) Steps[step.Id] = step;
    }
}
