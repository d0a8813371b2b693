using System.Collections.Concurrent;
using Reqnroll;

namespace E2E.Runner.Tests;

/// <summary>What the fixture scenarios did, per scenario; the steps assert on it so a wrong run fails.</summary>
public sealed class ScenarioLog
{
    public List<string> Entries { get; } = [];
}

[Binding]
public sealed class FixtureSteps(ScenarioLog log)
{
    [Given("att loggen är tom")]
    public void LogIsEmpty() => log.Entries.Add("tom");

    [Given("följande enheter:")]
    public void Units(Table units) => log.Entries.Add($"enheter:{units.RowCount}:{units.Rows[0]["namn"]}");

    [When("meddelandet skickas med texten:")]
    public void MessageSent(string text) => log.Entries.Add("meddelande:" + text);

    [When("ett meddelande går från {word} till {word}")]
    public void MessageBetween(string from, string to) => log.Entries.Add($"{from}→{to}");

    [Given("att regelns bakgrund har körts")]
    public void RuleBackground() => log.Entries.Add("regelbakgrund");

    [Given("att steget är tvetydigt")]
    public void AmbiguousOne() { }

    [Given(@"^att steget är (.*)$")]
    public void AmbiguousTwo(string what) => _ = what;

    [Then("ska loggen ha {int} poster")]
    public void LogHasEntries(int count)
    {
        if (log.Entries.Count != count)
            throw new InvalidOperationException($"Loggen har {log.Entries.Count} poster, väntade {count}: {string.Join(" | ", log.Entries)}");
    }

    [Then("ska loggen innehålla {string}")]
    public void LogContains(string expected)
    {
        if (!log.Entries.Any(e => e.Contains(expected, StringComparison.Ordinal)))
            throw new InvalidOperationException($"Loggen saknar \"{expected}\": {string.Join(" | ", log.Entries)}");
    }
}

[Binding]
public sealed class FixtureHooks(ScenarioContext scenario)
{
    public static readonly ConcurrentQueue<string> Events = new();

    [BeforeFeature]
    public static void BeforeFeature(FeatureContext feature) => Events.Enqueue("BeforeFeature:" + feature.FeatureInfo.Title);

    [BeforeScenario]
    public void BeforeScenario() => Events.Enqueue("BeforeScenario:" + scenario.ScenarioInfo.Title);

    [AfterStep]
    public void AfterStep() => Events.Enqueue("AfterStep:" + scenario.StepContext.StepInfo.StepInstance.Keyword + scenario.StepContext.StepInfo.Text);

    [AfterScenario]
    public void AfterScenario() => Events.Enqueue("AfterScenario:" + scenario.ScenarioInfo.Title);
}

/// <summary>An AfterScenario hook that restates the failure, as the suite's EnvironmentHooks does after finding a system down.</summary>
[Binding]
public sealed class RestatingHooks(ScenarioContext scenario)
{
    [AfterScenario("felet-omformuleras")]
    public void Restate() =>
        scenario[E2E.Runner.Execution.ScenarioExecutor.FailureMessageKey] = "MILJÖFEL: omformulerat\n" + scenario[E2E.Runner.Execution.ScenarioExecutor.FailureMessageKey];
}
