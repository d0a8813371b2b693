using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Specs.Support;
using NUnit.Framework;

namespace E2E.Specs.Running;

/// <summary>
/// Every scenario and Examples row under features/ as one NUnit test case, run in parallel on NUnit's workers.
/// Tags are categories: <c>dotnet test --filter "Category=process:P04"</c>. Scenarios that move the tenants' clock
/// or switch a fault on run apart, one at a time (<see cref="ScenariosThatRunAlone"/>): both are shared by every scenario.
/// A part of a split run (<c>run --del k/n</c>) offers only the scenarios its plan names (<see cref="PartPlan"/>).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FeatureScenarios
{
    public static IEnumerable<TestCaseData> Scenarios() =>
        ScenarioTestCases.From(ScenarioCatalog.DefaultFeaturesDirectory, s => !Capabilities.RunsAlone(s.Tags) && PartPlan.Includes(s));

    [TestCaseSource(nameof(Scenarios))]
    public Task Scenario(ScenarioCase scenario) =>
        ScenarioExecutor.RunAsync(scenario, typeof(FeatureScenarios).Assembly, ScenarioRetries.Count);
}

/// <summary>The scenarios tagged @kräver:testklocka or @kräver:fel, one at a time and never beside another scenario.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ScenariosThatRunAlone
{
    public static IEnumerable<TestCaseData> Scenarios() =>
        ScenarioTestCases.From(ScenarioCatalog.DefaultFeaturesDirectory, s => Capabilities.RunsAlone(s.Tags) && PartPlan.Includes(s));

    [TestCaseSource(nameof(Scenarios))]
    public Task Scenario(ScenarioCase scenario) =>
        ScenarioExecutor.RunAsync(scenario, typeof(ScenariosThatRunAlone).Assembly, ScenarioRetries.Count);
}
