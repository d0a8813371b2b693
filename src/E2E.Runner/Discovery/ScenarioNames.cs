using System.Collections.Specialized;

namespace E2E.Runner.Discovery;

/// <summary>Readable Swedish test names: "Egenskap › Scenario [kolumn: värde, …]", unique within the run.</summary>
public static class ScenarioNames
{
    public static string Display(string featureTitle, string scenarioName, OrderedDictionary arguments)
    {
        var name = $"{featureTitle} › {scenarioName}";
        if (arguments.Count == 0) return name;
        var values = arguments.Cast<System.Collections.DictionaryEntry>().Select(e => $"{e.Key}: {e.Value}");
        return $"{name} [{string.Join(", ", values)}]";
    }

    /// <summary>Two cases with the same name would hide each other in test explorers; number the repeats.</summary>
    public static IReadOnlyList<ScenarioCase> MakeUnique(IReadOnlyList<ScenarioCase> cases)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ScenarioCase>(cases.Count);
        foreach (var c in cases)
        {
            var count = seen[c.DisplayName] = seen.GetValueOrDefault(c.DisplayName) + 1;
            result.Add(count == 1 ? c : c with { DisplayName = $"{c.DisplayName} (#{count})" });
        }
        return result;
    }
}
