using E2E.Core.Settings;
using E2E.Drivers.Directory;

namespace E2E.Drivers;

/// <summary>Answers "which system does this unit work in?" from the directory, and sets it up in simulation.</summary>
public sealed class UnitDirectoryDriver(DirectoryApiClient directory, SimulationApiClient simulation, TenantEndpoints endpoints)
{
    // Go-live date used when the simulation must move a unit to Samvy (the first go-live in the south).
    private static readonly DateOnly SamvyGoLive = new(2024, 11, 12);

    public async Task<CareSystem> SystemOfAsync(KnownUnit unit) =>
        (await directory.GetUnitAsync(unit.HsaId))?.CareSystem
        ?? throw new InvalidOperationException($"Enheten {unit.DisplayName} ({unit.HsaId}) finns inte i enhetskatalogen.");

    /// <summary>
    /// Makes sure the unit works in the given system. On simulated tenants the directory is adjusted if needed;
    /// on real tenants a mismatch is a broken precondition, reported as such.
    /// </summary>
    public async Task EnsureWorksInAsync(string unitName, CareSystem system)
    {
        var unit = UnitCatalogue.Find(unitName);
        var current = await directory.GetUnitAsync(unit.HsaId);
        if (current?.CareSystem == system) return;
        if (!endpoints.IsSimulated)
            throw new InvalidOperationException(
                $"Förutsättningen håller inte: enligt enhetskatalogen arbetar {unit.DisplayName} i " +
                $"{current?.CareSystem.Display() ?? "inget system (okänd enhet)"}, inte i {system.Display()}.");

        // Shared state: scenarios run in parallel, so all of them must agree on each unit's system.
        await simulation.UpsertUnitAsync(new SimulationApiClient.UnitUpsert(
            unit.HsaId, unit.DisplayName, unit.Type, unit.Municipality,
            system == CareSystem.Samvy ? SamvyGoLive : null));
        if (await SystemOfAsync(unit) != system)
            throw new InvalidOperationException($"Den simulerade katalogen vägrade flytta {unit.DisplayName} till {system.Display()}.");
    }
}
