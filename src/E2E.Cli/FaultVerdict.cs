using E2E.Reporting.Model;

namespace E2E.Cli;

/// <summary>A scenario and the step where it stopped, with the step's message (a catch, or why the run was broken).</summary>
internal sealed record ScenarioStop(string Scenario, string Step, string Message);

/// <summary>
/// Whether one fault run was caught, judged from its Allure results alone. Only a failed business check counts: a
/// "failed" result whose first failing step is a Så step (or its Och/Men continuation) with a message. A crash, a
/// setup error or a failure in Givet/När proves nothing about the fault, so it is counted as "trasigt" instead.
/// </summary>
internal sealed record FaultVerdict(int Caught, int Passed, int Broken, int Skipped, ScenarioStop? FirstCatch, ScenarioStop? FirstBroken)
{
    public int Total => Caught + Passed + Broken + Skipped;

    public bool IsCaught => Caught > 0;

    public static FaultVerdict From(IEnumerable<AllureTestResult> results)
    {
        int caught = 0, passed = 0, broken = 0, skipped = 0;
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
            if (result.Status == AllureStatus.Failed && IsBusinessCheck(result.Steps, stop.Index))
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
        return new FaultVerdict(caught, passed, broken, skipped, firstCatch, firstBroken);
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
