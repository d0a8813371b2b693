using E2E.Drivers.Directory;
using E2E.Organisation;

namespace E2E.Drivers.Outages;

/// <summary>
/// A system's outage on purpose (P11), in the simulated tenants: the named fault "samvy-nere" or "samsa-nere" is
/// switched on for the scenario and off again when the scenario says the system is back, or when it ends.
/// </summary>
public sealed class OutageDriver(SimulationApiClient simulation)
{
    private readonly HashSet<CareSystem> _down = [];

    public static string FaultOf(CareSystem system) => system == CareSystem.Samvy ? "samvy-nere" : "samsa-nere";

    public async Task BeginAsync(CareSystem system)
    {
        _down.Add(system);
        await simulation.SwitchFaultAsync(FaultOf(system), on: true);
    }

    public async Task EndAsync(CareSystem system)
    {
        await simulation.SwitchFaultAsync(FaultOf(system), on: false);
        _down.Remove(system);
    }

    /// <summary>After the scenario: nothing it took down stays down for the next one.</summary>
    public async Task EndAllAsync()
    {
        foreach (var system in _down.ToList()) await EndAsync(system);
    }
}
