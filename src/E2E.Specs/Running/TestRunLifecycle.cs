using NUnit.Framework;
using Reqnroll;

// Scenarios run in parallel; the default here, overridable with NUnit.NumberOfTestWorkers (the CLI passes
// the "workers" value of playwright.config.json).
[assembly: LevelOfParallelism(2)]

/// <summary>Starts and ends Reqnroll's test run around all scenarios (BeforeTestRun/AfterTestRun hooks).</summary>
[SetUpFixture]
public sealed class TestRunLifecycle
{
    [OneTimeSetUp]
    public Task StartAsync() => TestRunnerManager.OnTestRunStartAsync(typeof(TestRunLifecycle).Assembly);

    [OneTimeTearDown]
    public Task EndAsync() => TestRunnerManager.OnTestRunEndAsync(typeof(TestRunLifecycle).Assembly);
}
