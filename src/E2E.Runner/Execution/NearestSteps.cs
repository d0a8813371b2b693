using E2E.Runner.Discovery;
using Reqnroll.Bindings;

namespace E2E.Runner.Execution;

/// <summary>
/// "Menade du …?" for a step that has no definition: the three step definitions of the same kind whose written examples
/// (steps in the features that already bind to them) or, without examples, whose expression lie closest to what the
/// tester wrote, each with one example line from a real scenario.
/// </summary>
public static class NearestSteps
{
    public sealed record Suggestion(string Expression, string? Example);

    /// <summary>Examples per definition compared; enough to find the closest wording without scanning every step.</summary>
    private const int ExamplesCompared = 20;

    public static IReadOnlyList<Suggestion> For(ScenarioStep step, IBindingRegistry registry, IEnumerable<ScenarioStep> writtenSteps, int count = 3)
    {
        var kind = step.Kind switch { StepKind.Given => StepDefinitionType.Given, StepKind.When => StepDefinitionType.When, _ => StepDefinitionType.Then };
        var written = writtenSteps.Where(s => s.Kind == step.Kind).Select(s => s.Text).Distinct().ToList();
        return [.. registry.GetStepDefinitions()
            .Where(d => d.StepDefinitionType == kind && d.IsValid)
            .Select(d =>
            {
                var examples = written.Where(text => d.Regex.IsMatch(text)).Take(ExamplesCompared).ToList();
                var distance = examples.Count > 0 ? examples.Min(e => Distance(step.Text, e)) : Distance(step.Text, d.SourceExpression);
                return (Suggestion: new Suggestion(d.SourceExpression, examples.FirstOrDefault()), distance);
            })
            .OrderBy(x => x.distance).ThenBy(x => x.Suggestion.Expression, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Suggestion)];
    }

    /// <summary>The Swedish lines to add under an undefined step's message.</summary>
    public static string Text(string keyword, IReadOnlyList<Suggestion> suggestions) =>
        suggestions.Count == 0 ? "" : "Menade du …?\n" + string.Join("\n", suggestions.Select(s =>
            $"  {keyword}{s.Expression}" + (s.Example is null ? "" : $"\n      t.ex. \"{keyword}{s.Example}\"")));

    // Edit distance over characters, case-insensitive: a typo or a changed word is a small distance.
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
