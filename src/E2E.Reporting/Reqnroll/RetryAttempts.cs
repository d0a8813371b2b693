using E2E.Reporting.Model;
using E2E.Reporting.Results;
using Reqnroll;

namespace E2E.Reporting.Reqnroll;

/// <summary>
/// A run with retries keeps every attempt as its own result (fresh uuid, same historyId): each gets the parameter
/// "försök" (left out of the history id), and an attempt after the first that passed is flaky.
/// </summary>
internal static class RetryAttempts
{
    /// <summary>Same keys as E2E.Runner's ScenarioAttempt (reporting does not depend on the runner).</summary>
    internal const string NumberKey = "E2E.Runner.Attempt";
    internal const string RetriesKey = "E2E.Runner.Retries";

    /// <summary>The attempt's number and the retries allowed; null when the run allows none (nothing to mark).</summary>
    public static (int Number, int Retries)? Of(IScenarioContext scenario) =>
        scenario is ScenarioContext context && context.TryGetValue(NumberKey, out var n) && n is int number
        && context.TryGetValue(RetriesKey, out var r) && r is int retries && retries > 0
            ? (number, retries)
            : null;

    public static (string Status, AllureStatusDetails? Details) Mark(
        ScenarioRecording recording, (int Number, int Retries) attempt, string status, AllureStatusDetails? details)
    {
        recording.AddParameter(AttemptParameter, attempt.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), excludedFromHistory: true);
        if (status != AllureStatus.Passed || attempt.Number == 1) return (status, details);
        return (status, (details ?? new AllureStatusDetails(null, null)) with { Flaky = true });
    }

    /// <summary>The parameter that numbers the attempts of one scenario, from 1.</summary>
    public const string AttemptParameter = "försök";
}
