using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using NUnit.Framework;

namespace E2E.Specs.Running;

/// <summary>
/// Every scenario and Examples row under features/ as one NUnit test case, run in parallel on NUnit's workers.
/// Tags are categories: <c>dotnet test --filter "Category=process:P04"</c>.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FeatureScenarios
{
    public static IEnumerable<TestCaseData> Scenarios() =>
        ScenarioTestCases.From(ScenarioCatalog.DefaultFeaturesDirectory);

    [TestCaseSource(nameof(Scenarios))]
    public Task Scenario(ScenarioCase scenario) =>
        ScenarioExecutor.RunAsync(scenario, typeof(FeatureScenarios).Assembly);
}
