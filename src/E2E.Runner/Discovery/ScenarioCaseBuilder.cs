using System.Collections.Specialized;
using Io.Cucumber.Messages.Types;

namespace E2E.Runner.Discovery;

/// <summary>
/// Turns a parsed feature into runnable cases, one per Gherkin pickle (scenario or Examples row), in pickle order:
/// the pickle index is how Reqnroll's formatters find the scenario again.
/// </summary>
public static class ScenarioCaseBuilder
{
    public static IReadOnlyList<ScenarioCase> Build(FeatureDefinition feature)
    {
        var index = GherkinDocumentIndex.Of(feature.Messages.GherkinDocument);
        var featureTags = feature.Info.Tags;
        var cases = new List<ScenarioCase>();
        var pickles = feature.Messages.PickleList;

        for (var i = 0; i < pickles.Count; i++)
        {
            var pickle = pickles[i];
            var (scenario, rule) = index.Scenarios[pickle.AstNodeIds[0]];
            var row = pickle.AstNodeIds.Count > 1 ? index.ExampleRows[pickle.AstNodeIds[1]] : default;
            var scenarioTags = scenario.Tags.Concat(row.Examples?.Tags ?? []).Select(t => GherkinFeatureReader.TagName(t.Name)).ToList();
            var ruleTags = rule?.Tags.Select(t => GherkinFeatureReader.TagName(t.Name)).ToList() ?? [];
            var arguments = Arguments(row.Examples, row.Row);

            cases.Add(new ScenarioCase
            {
                FeatureFile = feature.RelativePath,
                Feature = feature,
                DisplayName = ScenarioNames.Display(feature.Title, pickle.Name, arguments),
                ScenarioTitle = scenario.Name,
                ScenarioDescription = GherkinFeatureReader.EmptyToNull(scenario.Description),
                ScenarioTags = scenarioTags,
                Rule = rule is null ? null : new RuleDefinition(rule.Name, GherkinFeatureReader.EmptyToNull(rule.Description), ruleTags),
                Tags = featureTags.Concat(ruleTags).Concat(scenarioTags).Distinct().ToList(),
                Arguments = arguments,
                Steps = pickle.Steps.Select(s => ToStep(s, index)).ToList(),
                Line = (int)(row.Row?.Location.Line ?? scenario.Location.Line),
                PickleIndex = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        return ScenarioNames.MakeUnique(cases);
    }

    private static OrderedDictionary Arguments(Examples? examples, TableRow? row)
    {
        var arguments = new OrderedDictionary();
        if (examples?.TableHeader is null || row is null) return arguments;
        foreach (var (header, cell) in examples.TableHeader.Cells.Zip(row.Cells))
            arguments[header.Value] = cell.Value;
        return arguments;
    }

    private static ScenarioStep ToStep(PickleStep step, GherkinDocumentIndex index)
    {
        var written = index.Steps[step.AstNodeIds[0]];
        var kind = step.Type switch
        {
            PickleStepType.ACTION => StepKind.When,
            PickleStepType.OUTCOME => StepKind.Then,
            _ => StepKind.Given, // "*" as a first step has no type; Given is what Reqnroll assumes too
        };
        var table = step.Argument?.DataTable?.Rows
            .Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Value).ToList()).ToList();
        return new ScenarioStep(written.Keyword, step.Text, kind, (int)written.Location.Line,
            step.Argument?.DocString?.Content, table) { FromBackground = index.BackgroundStepIds.Contains(written.Id) };
    }
}
