using Reqnroll;

namespace E2E.Runner.Execution;

/// <summary>
/// Which attempt of a scenario is running (from 1) and how many retries the run allows. Left in the scenario's context
/// so reporters keep every attempt as its own result and mark one that passed only on a retry as flaky.
/// </summary>
public sealed record ScenarioAttempt(int Number, int Retries)
{
    /// <summary>ScenarioContext keys (E2E.Reporting reads the same strings; it does not depend on the runner).</summary>
    public const string NumberKey = "E2E.Runner.Attempt";
    public const string RetriesKey = "E2E.Runner.Retries";

    public void Record(ScenarioContext context)
    {
        context[NumberKey] = Number;
        context[RetriesKey] = Retries;
    }

    /// <summary>The attempt a scenario is on; 1 where no attempt was recorded (a scenario run without retries).</summary>
    public static int NumberIn(ScenarioContext context) =>
        context.TryGetValue(NumberKey, out var number) && number is int n ? n : 1;
}
