using E2E.Reporting.Model;
using E2E.Reporting.Results;
using Reqnroll;

namespace E2E.Reporting.Reqnroll;

/// <summary>Translates Reqnroll's execution status (plus error) into an Allure status and its details.</summary>
internal static class ReqnrollOutcome
{
    public static (string Status, AllureStatusDetails? Details) ForStep(ScenarioExecutionStatus status, Exception? error, string stepName)
        => status switch
        {
            ScenarioExecutionStatus.OK => (AllureStatus.Passed, null),
            ScenarioExecutionStatus.UndefinedStep => (AllureStatus.Broken, StatusMapping.UndefinedStep(stepName)),
            ScenarioExecutionStatus.StepDefinitionPending => (AllureStatus.Skipped, StatusMapping.PendingStep(stepName)),
            _ => FromError(status, error),
        };

    /// <summary>Undefined and pending steps leave no TestError, so the first step problem carries the message.</summary>
    public static (string Status, AllureStatusDetails? Details) ForScenario(ScenarioExecutionStatus status, Exception? error, AllureStatusDetails? firstStepProblem)
        => status switch
        {
            ScenarioExecutionStatus.OK => (AllureStatus.Passed, null),
            ScenarioExecutionStatus.UndefinedStep => (AllureStatus.Broken, firstStepProblem ?? new AllureStatusDetails(StatusMapping.UndefinedStepPrefix, null)),
            ScenarioExecutionStatus.StepDefinitionPending => (AllureStatus.Skipped, firstStepProblem),
            _ => FromError(status, error),
        };

    private static (string, AllureStatusDetails?) FromError(ScenarioExecutionStatus status, Exception? error)
    {
        if (status == ScenarioExecutionStatus.Skipped)
            return (AllureStatus.Skipped, error is null ? null : StatusMapping.Details(error));
        if (error is null)
            return (AllureStatus.Broken, new AllureStatusDetails("Okänt fel: Reqnroll rapporterade ett fel utan undantag.", null));
        var mapped = status == ScenarioExecutionStatus.BindingError ? AllureStatus.Broken : StatusMapping.FromException(error);
        return (mapped, StatusMapping.Details(error));
    }
}
