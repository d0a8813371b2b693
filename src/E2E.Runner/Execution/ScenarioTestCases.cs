using E2E.Runner.Discovery;
using NUnit.Framework;

namespace E2E.Runner.Execution;

/// <summary>
/// NUnit test cases for a features folder: one per scenario or Examples row, named in Swedish, with every tag as
/// a category so <c>dotnet test --filter "Category=process:P04"</c> selects them.
/// </summary>
public static class ScenarioTestCases
{
    public static IEnumerable<TestCaseData> From(string featuresDirectory, Func<ScenarioCase, bool>? include = null) =>
        ScenarioCatalog.Load(featuresDirectory).Where(include ?? (_ => true)).Select(ToTestCase);

    public static TestCaseData ToTestCase(ScenarioCase scenario)
    {
        var data = new TestCaseData(scenario).SetName(scenario.DisplayName)
            .SetDescription($"{scenario.FeatureFile}:{scenario.Line}");
        data.Properties.Set("Feature", scenario.FeatureFile);
        foreach (var tag in scenario.Tags) data.SetCategory(tag);
        return data;
    }
}
