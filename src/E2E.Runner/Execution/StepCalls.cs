using E2E.Runner.Discovery;
using Reqnroll;

namespace E2E.Runner.Execution;

/// <summary>One step, handed to Reqnroll with the keyword exactly as written ("Och ", "Givet ").</summary>
internal static class StepCalls
{
    public static Task CallAsync(ITestRunner runner, ScenarioStep step) => step.Kind switch
    {
        StepKind.When => runner.WhenAsync(step.Text, step.DocString, step.CreateTable(), step.Keyword),
        StepKind.Then => runner.ThenAsync(step.Text, step.DocString, step.CreateTable(), step.Keyword),
        _ => runner.GivenAsync(step.Text, step.DocString, step.CreateTable(), step.Keyword),
    };
}
