using E2E.Reporting.Reqnroll;
using E2E.Reporting.Results;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Events;

namespace E2E.Reporting.Tests.Support;

/// <summary>Plays a scenario's events into the real listener, in the order Reqnroll's engine publishes them.</summary>
internal sealed class ScenarioDriver(string resultsDirectory, FeatureInfo feature, ScenarioInfo scenarioInfo)
{
    private readonly AllureScenarioListener _listener = new(new AllureResultsWriter(resultsDirectory));

    public FakeFeatureContext Feature { get; } = new(feature);
    public FakeScenarioContext Scenario { get; } = new(scenarioInfo);

    public Task StartAsync() => _listener.OnEventAsync(new ScenarioStartedEvent(Feature, Scenario));

    /// <summary>Runs one step; <paramref name="body"/> plays the step definition and may set a failure on the step context.</summary>
    public async Task StepAsync(string keyword, string text, Action<FakeStepContext>? body = null, Table? table = null, string? docString = null)
    {
        var step = FakeStepContext.For(Feature.FeatureInfo, Scenario.ScenarioInfo, StepDefinitionType.Given, keyword, text, table, docString);
        if (Scenario.ScenarioExecutionStatus != ScenarioExecutionStatus.OK) step.Status = ScenarioExecutionStatus.Skipped;
        await _listener.OnEventAsync(new StepStartedEvent(Feature, Scenario, step));
        if (step.Status == ScenarioExecutionStatus.OK) body?.Invoke(step);
        if (step.Status != ScenarioExecutionStatus.OK && Scenario.ScenarioExecutionStatus == ScenarioExecutionStatus.OK)
            (Scenario.ScenarioExecutionStatus, Scenario.TestError) = (step.Status, step.StepError);
        await _listener.OnEventAsync(new StepFinishedEvent(Feature, Scenario, step));
        await _listener.OnEventAsync(new HookStartedEvent(HookType.AfterStep, Feature, Scenario, step));
        await _listener.OnEventAsync(new HookFinishedEvent(HookType.AfterStep, Feature, Scenario, step, null));
    }

    public Task FinishAsync() => _listener.OnEventAsync(new ScenarioFinishedEvent(Feature, Scenario));
}
