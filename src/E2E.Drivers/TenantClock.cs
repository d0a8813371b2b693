using E2E.Core.Settings;
using E2E.Core.Tags;
using E2E.Core.Time;
using E2E.Drivers.Directory;

namespace E2E.Drivers;

/// <summary>
/// The tenants' "now": the simulated clock where the tenants have one, the real time at real tenants. Scenarios
/// count "idag" and "om 5 dagar" from it and stamp what they do with it, never with the machine's calendar.
/// </summary>
public sealed class TenantClock(SimulationApiClient simulation, TenantEndpoints endpoints)
{
    public async Task<DateTimeOffset> NowAsync() =>
        endpoints.Has(CapabilityTags.Clock) ? (await simulation.GetClockAsync()).Nu : TimeProvider.System.GetUtcNow();

    /// <summary>Moves the simulated tenants' clock (a scenario tagged @kräver:testklocka); time runs on from there.</summary>
    public Task SetNowAsync(DateTimeOffset now) => simulation.SetClockAsync(now);

    /// <summary>Today in Sweden on the tenants' clock.</summary>
    public async Task<DateOnly> TodayAsync() => SwedishTime.DateOf(await NowAsync());
}
