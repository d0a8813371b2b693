using E2E.Drivers;
using E2E.Specs.Support;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.BoDi;

namespace E2E.Specs.Hooks;

/// <summary>
/// Skips, with the reason, a scenario that needs what the environment lacks (@kräver:…); after a scenario that
/// moved the tenants' clock, puts it back where the run's clock would be; after one that took a system down, brings it back;
/// around one that decommissions SAMSA, empties the tenants (it works through all of SAMSA, and nothing else undoes it).
/// </summary>
[Binding]
public sealed class CapabilityHooks(ScenarioContext scenario, IObjectContainer container)
{
    [BeforeScenario(Order = -100)]
    public void SkipWithoutRequiredCapabilities()
    {
        var run = TestRun.Current;
        if (Capabilities.MissingIn(run.Settings.Environment, run.Endpoints, scenario.ScenarioInfo.CombinedTags) is { } reason)
            Assert.Ignore(reason);
    }

    [BeforeScenario(Capabilities.TagPrefix + Capabilities.Decommissioning, Order = 1)] // after the scenario's services are registered (Order 0)
    [AfterScenario(Capabilities.TagPrefix + Capabilities.Decommissioning, Order = 50)] // before the clock is put back: a reset restores the start clock
    public async Task EmptyTheTenantsAsync()
    {
        // Skipped when the environment cannot decommission; when it can, the reset needs "återställning" and says so.
        if (!TestRun.Current.Endpoints.Has(Capabilities.Decommissioning)) return;
        await container.Resolve<E2E.Drivers.Directory.SimulationApiClient>().ResetAsync();
    }

    [AfterScenario(Capabilities.TagPrefix + Capabilities.Clock, Order = 100)]
    public async Task PutTheClockBackAsync()
    {
        if (!TestRun.Current.Endpoints.Has(Capabilities.Clock)) return; // the scenario was skipped
        await container.Resolve<TenantClock>().SetNowAsync(TestRun.Current.RunNow());
    }

    [AfterScenario(Capabilities.TagPrefix + Capabilities.Faults, Order = 100)]
    public async Task BringSystemsBackAsync()
    {
        if (!TestRun.Current.Endpoints.Has(Capabilities.Faults)) return; // the scenario was skipped
        await container.Resolve<E2E.Drivers.Outages.OutageDriver>().EndAllAsync();
    }
}
