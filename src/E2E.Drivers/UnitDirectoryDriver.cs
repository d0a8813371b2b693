using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers;

/// <summary>Sets up which system a unit works in: checks it on real tenants, arranges it in simulation.</summary>
public sealed class UnitDirectoryDriver(SystemAdapters systems, SimulationApiClient simulation, TenantEndpoints endpoints)
{
    /// <summary>
    /// Makes sure the unit works in the given system. On simulated tenants the directory is adjusted if needed;
    /// on real tenants a mismatch is a broken precondition, reported as such.
    /// </summary>
    public async Task EnsureWorksInAsync(KnownUnit unit, CareSystem system)
    {
        var current = await systems.SystemOfAsync(unit);
        if (current == system) return;
        if (!endpoints.IsSimulated)
            throw new InvalidOperationException(
                $"Förutsättningen håller inte: enligt enhetskatalogen arbetar {unit.DisplayName} i {current.Display()}, inte i {system.Display()}.");

        // Shared state: scenarios run in parallel, so all of them must agree on each unit's system.
        await simulation.UpsertUnitAsync(new SimulationApiClient.UnitUpsert(
            unit.HsaId, unit.DisplayName, unit.Type, unit.Municipality,
            system == CareSystem.Samvy ? CareSystemNames.FirstSamvyGoLive : null));
        systems.Forget(unit);
        if (await systems.SystemOfAsync(unit) != system)
            throw new InvalidOperationException($"Den simulerade katalogen vägrade flytta {unit.DisplayName} till {system.Display()}.");
    }
}
