using E2E.Reporting.Reqnroll;
using E2E.Reporting.Results;
using Reqnroll.Events;
using Reqnroll.Plugins;

namespace E2E.Reporting;

/// <summary>Hooks the Allure result writer into Reqnroll's execution events.</summary>
public static class AllureReqnroll
{
    /// <summary>Call from the suite's runtime plugin.</summary>
    /// <remarks>
    /// Results go to <c>E2E_ALLURE_RESULTS</c> if set, else to <c>allure-results</c> beside the test assembly.
    /// Each test thread gets its own listener; the writer is shared and safe across threads.
    /// </remarks>
    public static void Register(RuntimePluginEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var writer = new AllureResultsWriter(AllureResultsDirectory.Resolve());
        events.CustomizeTestThreadDependencies += (_, args) =>
            args.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener(new AllureScenarioListener(writer));
    }
}
