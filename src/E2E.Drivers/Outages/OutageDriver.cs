using E2E.Drivers.Directory;
using E2E.Drivers.Http;
using E2E.Drivers.Messages;
using E2E.Drivers.Reachability;
using E2E.Organisation;

namespace E2E.Drivers.Outages;

/// <summary>
/// A system's outage on purpose (P11), in the simulated tenants: the named fault "samvy-nere" or "samsa-nere" is
/// switched on for the scenario and off again when the scenario says the system is back, or when it ends. While it is
/// down on purpose its 503 answers are the product's behaviour under test, not an environment failure. Both moments go
/// into the <see cref="MessageTrail"/>: what the integration held or carried makes sense only beside them.
/// </summary>
public sealed class OutageDriver(SimulationApiClient simulation, TenantHttpClients http, MessageTrail trail)
{
    private readonly HashSet<CareSystem> _down = [];

    public static string FaultOf(CareSystem system) => system == CareSystem.Samvy ? "samvy-nere" : "samsa-nere";

    public async Task BeginAsync(CareSystem system)
    {
        // A system that is already down was not taken down by this scenario: that is the environment (a miljöfel from
        // the probe), and bringing it "back" afterwards would hide it from the rest of the run.
        try
        {
            using var _ = await (system == CareSystem.Samsa ? http.Samsa : http.Samvy).GetAsync("");
        }
        catch (TenantUnreachableException e)
        {
            throw new TenantUnreachableException(e.System, e.Environment, e.Address,
                $"{e.System} var redan nere innan scenariot tog ner det ({e.WhatHappened})", e);
        }
        _down.Add(system);
        http.Reachability.TakenDownOnPurpose(system);
        await simulation.SwitchFaultAsync(FaultOf(system), on: true);
        trail.Happened($"Driftsstörning: {system.Display()} tas ned (allt svarar 503; integrationen håller meddelanden dit).");
    }

    public async Task EndAsync(CareSystem system)
    {
        await simulation.SwitchFaultAsync(FaultOf(system), on: false);
        http.Reachability.BackOnPurpose(system);
        _down.Remove(system);
        trail.Happened($"{system.Display()} är uppe igen efter driftsstörningen.");
    }

    /// <summary>After the scenario: nothing it took down stays down for the next one.</summary>
    public async Task EndAllAsync()
    {
        foreach (var system in _down.ToList()) await EndAsync(system);
    }
}
