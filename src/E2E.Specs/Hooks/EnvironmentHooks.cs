using E2E.Core.Browser;
using E2E.Drivers.Reachability;
using E2E.Reporting.Results;
using E2E.Runner.Execution;
using Reqnroll;
using Reqnroll.BoDi;

namespace E2E.Specs.Hooks;

/// <summary>
/// A scenario that failed for another reason may have failed because a system stopped answering in the middle: a page
/// that came back "unavailable" after a click, then a check that timed out. When one of the scenario's own pages saw
/// that (and the system was not down on purpose), the failure is restated as an environment failure (miljöfel), told
/// first, with the scenario's own failure after it. A product failure in a scenario that never met the outage stays one.
/// </summary>
[Binding]
public sealed class EnvironmentHooks(ScenarioContext scenario, IObjectContainer container)
{
    [AfterScenario(Order = -10)] // before the scenario's pages are closed (ScenarioHooks, 0)
    public void RestateAFailureAfterAnOutage()
    {
        if (scenario.TestError is not { } error || EnvironmentFailure.Find(error) is not null || error is NUnit.Framework.IgnoreException) return;
        // A scenario skipped before it was prepared has no browser.
        if (!container.IsRegistered<ScenarioBrowser>()) return;
        var unreachable = container.Resolve<ScenarioBrowser>().Pages.Select(TenantNavigation.FirstUnavailableSeen).FirstOrDefault(e => e is not null);
        if (unreachable is null) return;
        var told = scenario.TryGetValue(ScenarioExecutor.FailureMessageKey, out var text) && text is string message ? message : error.Message;
        scenario[ScenarioExecutor.FailureMessageKey] =
            $"{unreachable.Message}\n(Under scenariot svarade {unreachable.System} inte på en sida som öppnades. Scenariots eget fel:)\n{told}";
    }
}
