using NUnit.Framework;
using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace E2E.Runner.ReqnrollIntegration;

/// <summary>
/// Tells Reqnroll how to end a test under NUnit. Unlike Reqnroll's own NUnit plugin, pending and undefined steps
/// do not become Inconclusive (which leaves CI green): they throw, and the executor turns that into a failure.
/// </summary>
public sealed class NUnitRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => throw new StepNotRunnableException(message);

    public void TestInconclusive(string message) => throw new StepNotRunnableException(message);

    public void TestIgnore(string message) => Assert.Ignore(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is IgnoreException or InconclusiveException ? ScenarioExecutionStatus.Skipped : null;
}

/// <summary>A scenario that could not run all its steps: an undefined or pending step. Carries Reqnroll's snippet.</summary>
public sealed class StepNotRunnableException(string message) : Exception(message);
