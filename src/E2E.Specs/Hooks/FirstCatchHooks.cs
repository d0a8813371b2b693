using E2E.Reporting.Results;
using E2E.Runner.Execution;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>
/// felprov's quick mode (<see cref="FirstCatch"/>): notes the first scenario caught by a failed Så step, and skips,
/// with the reason, every scenario that starts after it. Does nothing in a normal run.
/// </summary>
[Binding]
public sealed class FirstCatchHooks(ScenarioContext scenario)
{
    [BeforeScenario(Order = -90)]
    public void SkipOnceCaught()
    {
        if (FirstCatch.Enabled && FirstCatch.CaughtBy is { } caughtBy) Assert.Ignore(FirstCatch.SkipReason(caughtBy));
    }

    // The same test as felprov's verdict: an assertion that failed in a Så step (or its Och/Men).
    [AfterStep]
    public void NoteCatch()
    {
        if (FirstCatch.Enabled && scenario.TestError is { } error
            && scenario.StepContext.StepInfo.StepDefinitionType == Reqnroll.Bindings.StepDefinitionType.Then
            && ProductFailure.Is(error))
            FirstCatch.Record(scenario.ScenarioInfo.Title);
    }
}
