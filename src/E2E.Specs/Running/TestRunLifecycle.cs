using E2E.Runner.Catalog;
using E2E.Runner.Discovery;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.Bindings;

// Scenarios run in parallel; the default here, overridable with NUnit.NumberOfTestWorkers (the CLI passes
// the "workers" value of playwright.config.json).
[assembly: LevelOfParallelism(2)]

/// <summary>
/// Starts and ends Reqnroll's test run around all scenarios (BeforeTestRun/AfterTestRun hooks), and at the end writes
/// the step catalogue's data when the CLI asks for it (E2E_STEGKATALOG).
/// </summary>
[SetUpFixture]
public sealed class TestRunLifecycle
{
    [OneTimeSetUp]
    public Task StartAsync() => TestRunnerManager.OnTestRunStartAsync(typeof(TestRunLifecycle).Assembly);

    [OneTimeTearDown]
    public async Task EndAsync()
    {
        var assembly = typeof(TestRunLifecycle).Assembly;
        var runner = TestRunnerManager.GetTestRunnerForAssembly(assembly);
        try
        {
            StepCatalogExport.WriteIfAsked(runner.TestThreadContext.TestThreadContainer.Resolve<IBindingRegistry>(),
                ScenarioCatalog.DefaultFeaturesDirectory);
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
        await TestRunnerManager.OnTestRunEndAsync(assembly);
    }
}
