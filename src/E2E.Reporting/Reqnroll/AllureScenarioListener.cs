using E2E.Reporting.Results;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Events;

namespace E2E.Reporting.Reqnroll;

/// <summary>
/// One per test thread. Turns Reqnroll's execution events into an Allure result per scenario.
/// Holds no scenario state itself: that lives in the scenario's container (see <see cref="RecordingStore"/>).
/// </summary>
internal sealed class AllureScenarioListener(AllureResultsWriter writer) : IAsyncExecutionEventListener
{
    public Task OnEventAsync(IExecutionEvent executionEvent)
    {
        var atMs = EpochMs(executionEvent is ExecutionEvent known ? known.Timestamp : DateTime.UtcNow);
        switch (executionEvent)
        {
            case ScenarioStartedEvent started: OnScenarioStarted(started, atMs); break;
            case StepStartedEvent step: OnStepStarted(step, atMs); break;
            case StepFinishedEvent step: OnStepFinished(step, atMs); break;
            case HookStartedEvent { HookType: HookType.AfterStep } hook: RecordingStore.Find(hook.ScenarioContext)?.SetAfterStepHooksRunning(true); break;
            case HookFinishedEvent { HookType: HookType.AfterStep } hook: RecordingStore.Find(hook.ScenarioContext)?.SetAfterStepHooksRunning(false); break;
            case HookBindingFinishedEvent { HookException: not null } hook: OnHookFailed(hook, atMs); break;
            case ScenarioFinishedEvent finished: OnScenarioFinished(finished, atMs); break;
        }
        return Task.CompletedTask;
    }

    private static long EpochMs(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    private void OnScenarioStarted(ScenarioStartedEvent started, long atMs)
    {
        var scenario = started.ScenarioContext;
        if (RecordingStore.Find(scenario) is not null) return;
        var description = ScenarioDescriptionReader.Read(started.FeatureContext.FeatureInfo, scenario.RuleInfo, scenario.ScenarioInfo);
        RecordingStore.Put(scenario, new ScenarioRecording(ScenarioResultFactory.Create(description, atMs), writer)
        {
            BackgroundSteps = BackgroundSteps.Positions(scenario),
        });
    }

    private static void OnStepStarted(StepStartedEvent started, long atMs)
    {
        if (RecordingStore.Find(started.ScenarioContext) is not { } recording) return;
        var step = started.StepContext.StepInfo.StepInstance;
        recording.StartStep(step is null ? started.StepContext.StepInfo.Text : StepPresentation.Name(step), atMs);
        if (step is not null) StepPresentation.AttachArguments(step, recording);
    }

    private static void OnStepFinished(StepFinishedEvent finished, long atMs)
    {
        if (RecordingStore.Find(finished.ScenarioContext) is not { } recording) return;
        var context = finished.StepContext;
        var name = context.StepInfo.StepInstance is { } step ? StepPresentation.Name(step) : context.StepInfo.Text;
        var (status, details) = ReqnrollOutcome.ForStep(context.Status, context.StepError, name);
        recording.FinishStep(status, details, atMs);
    }

    private static void OnHookFailed(HookBindingFinishedEvent hook, long atMs)
    {
        if (RecordingStore.Find(hook.ContextManager?.ScenarioContext) is not { } recording) return;
        var method = hook.HookBinding?.Method is { } m ? $"{m.Type?.Name}.{m.Name}" : null;
        var (status, details) = ReqnrollOutcome.ForStep(ScenarioExecutionStatus.TestError, hook.HookException, "");
        recording.AddHookFailure(HookNames.Describe(hook.HookBinding?.HookType ?? HookType.BeforeScenario, method), status, details!, atMs);
    }

    /// <summary>Same key as E2E.Runner's ScenarioExecutor.FailureMessageKey (reporting does not depend on the runner).</summary>
    internal const string RunnerFailureMessageKey = "E2E.Runner.FailureMessage";

    private static void OnScenarioFinished(ScenarioFinishedEvent finished, long atMs)
    {
        var scenario = finished.ScenarioContext;
        if (RecordingStore.Find(scenario) is not { } recording) return;
        var (status, details) = ReqnrollOutcome.ForScenario(scenario.ScenarioExecutionStatus, scenario.TestError, recording.FirstStepProblem);
        // The runner leaves its Swedish failure text (with feature file and line) here; prefer it to the raw error.
        if (details is not null && scenario is ScenarioContext context
            && context.TryGetValue(RunnerFailureMessageKey, out var text) && text is string message)
            details = details with { Message = message };
        var attempt = RetryAttempts.Of(scenario);
        if (attempt is not null) (status, details) = RetryAttempts.Mark(recording, attempt.Value, status, details);
        // A failure restated as an environment failure (a system found not answering after it) is no product failure.
        recording.Finish(EnvironmentFailure.Restated(status, details?.Message), details, atMs);
    }
}
