using E2E.Reporting.Model;
using E2E.Reporting.Results;

namespace E2E.Cli;

/// <summary>A scenario and the step where it stopped, with the step's message (a catch, or why the run was broken).</summary>
internal sealed record ScenarioStop(string Scenario, string Step, string Message);

/// <summary>
/// Whether one fault run was caught, judged from its Allure results alone. Only a failed business check counts: a
/// "failed" result whose first failing step is a Så step (or its Och/Men continuation) with a message. A crash, a
/// setup error or a failure in Givet/När proves nothing about the fault, so it is counted as "trasigt" instead.
/// A fault that takes a whole system down (samsa-nere, samvy-nere) is caught when scenarios are reported as environment
/// failures naming that system (<paramref name="DownSystem"/>): the run must say the system did not answer, not
/// blame the product. Environment failures naming another system are "trasigt" like any broken run.
/// </summary>
internal sealed record FaultVerdict(int Caught, int Passed, int Broken, int Skipped, ScenarioStop? FirstCatch, ScenarioStop? FirstBroken,
    int Environment = 0, string? DownSystem = null)
{
    public int Total => Caught + Passed + Broken + Skipped + Environment;

    public bool IsCaught => Caught > 0 || Environment > 0;

    /// <summary>Caught only as environment failures (the outage faults' own wording in the table).</summary>
    public bool IsCaughtAsEnvironment => Caught == 0 && Environment > 0;

    /// <param name="downSystem">"SAMSA" or "Samvy" when the fault takes that system down; else null.</param>
    public static FaultVerdict From(IEnumerable<AllureTestResult> results, string? downSystem = null)
    {
        int caught = 0, passed = 0, broken = 0, skipped = 0, environment = 0;
        ScenarioStop? firstCatch = null, firstBroken = null;
        // Earliest first, so "the first catch" is the one that happened first in the run.
        foreach (var result in results.OrderBy(r => r.Start).ThenBy(r => r.FullName, StringComparer.Ordinal))
        {
            switch (result.Status)
            {
                case AllureStatus.Passed: passed++; continue;
                case AllureStatus.Skipped: skipped++; continue;
            }
            var stop = StopOf(result);
            if (downSystem is not null && EnvironmentFailure.Unreachable(result.StatusDetails?.Message)?.System == downSystem)
            {
                environment++;
                firstCatch ??= stop.Description;
            }
            else if (result.Status == AllureStatus.Failed && IsBusinessCheck(result.Steps, stop.Index))
            {
                caught++;
                firstCatch ??= stop.Description;
            }
            else
            {
                broken++;
                firstBroken ??= stop.Description;
            }
        }
        return new FaultVerdict(caught, passed, broken, skipped, firstCatch, firstBroken, environment, downSystem);
    }

    private static (int Index, ScenarioStop Description) StopOf(AllureTestResult result)
    {
        var index = result.Steps.FindIndex(s => s.Status is AllureStatus.Failed or AllureStatus.Broken);
        var step = index < 0 ? null : result.Steps[index];
        var message = step?.StatusDetails?.Message ?? result.StatusDetails?.Message ?? "";
        return (index, new ScenarioStop(result.Name, step?.Name ?? "(inget steg)", message.Trim()));
    }

    private static bool IsBusinessCheck(List<AllureStep> steps, int index) =>
        index >= 0
        && steps[index].Status == AllureStatus.Failed
        && !string.IsNullOrWhiteSpace(steps[index].StatusDetails?.Message)
        && StepKeywords.IsThen(steps.Select(s => s.Name).ToList(), index);
}
