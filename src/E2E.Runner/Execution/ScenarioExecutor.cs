using System.Reflection;
using E2E.Runner.Discovery;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Runner.Execution;

/// <summary>
/// Runs one scenario through Reqnroll's public runtime API, in the order generated code would call it.
/// Every failure is rethrown with a Swedish message naming the feature file and the line of the failing step.
/// A failed scenario may be tried again (<c>retries</c>): each attempt is a fresh Reqnroll scenario, so hooks,
/// browser, evidence and its own report result run again; only the last attempt decides the test case.
/// </summary>
public static class ScenarioExecutor
{
    /// <summary>ScenarioContext key under which the Swedish failure text is left for reporters.</summary>
    public const string FailureMessageKey = "E2E.Runner.FailureMessage";

    /// <param name="retries">How many times a failed attempt is tried again (0: once only).</param>
    public static async Task RunAsync(ScenarioCase scenario, Assembly bindingAssembly, int retries = 0)
    {
        if (scenario.ParseError is { } parseError)
            throw new ScenarioFailedException(parseError);
        for (var attempt = 1; ; attempt++)
        {
            var failure = await RunAttemptAsync(scenario, bindingAssembly, new ScenarioAttempt(attempt, retries));
            if (failure is null) return;
            if (attempt > retries) throw failure;
            TestContext.Progress.WriteLine($"Omförsök {attempt} av {retries}: {scenario.DisplayName} misslyckades: {failure.Message.Split('\n')[0]}");
        }
    }

    private static async Task<Exception?> RunAttemptAsync(ScenarioCase scenario, Assembly bindingAssembly, ScenarioAttempt attempt)
    {

        var feature = scenario.Feature!;
        var runner = TestRunnerManager.GetTestRunnerForAssembly(bindingAssembly, featureHint: feature.Info);
        var progress = new StepProgress();
        Exception? failure = null;
        ScenarioContext? context = null;
        try
        {
            await FeatureLifecycle.EnsureStartedAsync(runner, feature.Info);
            runner.OnScenarioInitialize(ScenarioInfos.For(scenario), ScenarioInfos.RuleFor(scenario));
            context = runner.ScenarioContext;
            attempt.Record(context);
            runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(TestContext.CurrentContext);
            BackgroundStepPositions.Register(runner.ScenarioContext.ScenarioContainer, scenario);
            await RunStepsAsync(runner, scenario, progress);
            await runner.CollectScenarioErrorsAsync();
        }
        catch (Exception e) when (e is not ResultStateException)
        {
            failure = ScenarioFailure.Describe(e, scenario, progress.FailedStep, Nearest(e, runner, progress.FailedStep));
            if (runner.ScenarioContext is { } current) current[FailureMessageKey] = failure.Message;
        }
        finally
        {
            failure = Restated(await EndScenarioAsync(runner, scenario, failure), context);
        }
        return failure;
    }

    /// <summary>
    /// An AfterScenario hook may restate the failure text it finds under <see cref="FailureMessageKey"/> (e.g. as an
    /// environment failure found after the fact); NUnit then reports the same words as the report.
    /// </summary>
    private static Exception? Restated(Exception? failure, ScenarioContext? context) =>
        failure is ScenarioFailedException && context is not null
        && context.TryGetValue(FailureMessageKey, out var text) && text is string message && message != failure.Message
            ? new ScenarioFailedException(message, failure.InnerException ?? failure)
            : failure;

    // Only for a step without definition, and only then: the features are read (cached) and compared once.
    private static string Nearest(Exception error, ITestRunner runner, ScenarioStep? step)
    {
        if (error is not ReqnrollIntegration.StepNotRunnableException || step is null || runner.ScenarioContext is not { } context) return "";
        var registry = context.ScenarioContainer.Resolve<Reqnroll.Bindings.IBindingRegistry>();
        var written = ScenarioCatalog.Load(ScenarioCatalog.DefaultFeaturesDirectory).SelectMany(c => c.Steps);
        return NearestSteps.Text(step.Keyword, NearestSteps.For(step, registry, written));
    }

    private static async Task RunStepsAsync(ITestRunner runner, ScenarioCase scenario, StepProgress progress)
    {
        if (TagHelper.ContainsIgnoreTag(runner.ScenarioContext.ScenarioInfo.CombinedTags))
        {
            await runner.SkipScenarioAsync();
            return;
        }
        await runner.OnScenarioStartAsync();
        foreach (var step in scenario.Steps)
        {
            var okBefore = runner.ScenarioContext.ScenarioExecutionStatus == ScenarioExecutionStatus.OK;
            await StepCalls.CallAsync(runner, step);
            if (okBefore && runner.ScenarioContext.ScenarioExecutionStatus != ScenarioExecutionStatus.OK)
                progress.FailedStep ??= step;
        }
    }

    private static async Task<Exception?> EndScenarioAsync(ITestRunner runner, ScenarioCase scenario, Exception? failure)
    {
        try
        {
            await runner.OnScenarioEndAsync();
        }
        catch (Exception e) when (failure is null && e is not ResultStateException)
        {
            failure = ScenarioFailure.Describe(e, scenario, failedStep: null);
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
        return failure;
    }

    private sealed class StepProgress
    {
        public ScenarioStep? FailedStep { get; set; }
    }
}
