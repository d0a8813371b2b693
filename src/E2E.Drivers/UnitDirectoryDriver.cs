using E2E.Core.Settings;
using E2E.Core.Tags;
using E2E.Drivers.Directory;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers;

/// <summary>
/// The directory (Millenniumenheter) as scenarios use it: which system a unit works in, arranged in simulation and
/// checked everywhere. A unit's live-from date is shared by every scenario of the run, so a scenario that moves one
/// uses a unit no other scenario names.
/// </summary>
public sealed class UnitDirectoryDriver(SystemAdapters systems, SimulationApiClient simulation, DirectoryApiClient directory, TenantEndpoints endpoints)
{
    /// <summary>
    /// Makes sure the unit works in the given system. Where the environment declares "katalog" the directory is adjusted if needed;
    /// elsewhere a mismatch is a broken precondition, reported as such.
    /// </summary>
    public async Task EnsureWorksInAsync(KnownUnit unit, CareSystem system)
    {
        var current = await systems.SystemOfAsync(unit);
        if (current == system) return;
        if (!endpoints.Has(CapabilityTags.Directory))
            throw new InvalidOperationException(
                $"Förutsättningen håller inte: enligt enhetskatalogen arbetar {unit.DisplayName} i {current.Display()}, inte i {system.Display()}.");

        // Shared state: scenarios run in parallel, so all of them must agree on each unit's system.
        await SetLiveFromAsync(unit, system == CareSystem.Samvy ? CareSystemNames.FirstSamvyGoLive : null);
        if (await systems.SystemOfAsync(unit) != system)
            throw new InvalidOperationException($"Den simulerade katalogen vägrade flytta {unit.DisplayName} till {system.Display()}.");
    }

    /// <summary>
    /// Gives the unit a live-from date in Samvy (null: none, it stays in SAMSA). Only arranged, never checked here:
    /// what the directory then answers is the scenario's Så step (P01, P02).
    /// </summary>
    public async Task SetLiveFromAsync(KnownUnit unit, DateOnly? liveFrom)
    {
        await simulation.UpsertUnitAsync(new SimulationApiClient.UnitUpsert(unit.HsaId, unit.DisplayName, unit.Type, unit.Municipality, liveFrom));
        systems.Forget(unit);
    }

    /// <summary>The directory must say, for today on the tenants' clock, that the unit works in the system and has its inbox there.</summary>
    public async Task ShouldWorkInAsync(KnownUnit unit, CareSystem expected, DateOnly today)
    {
        var info = await directory.GetUnitAsync(unit.HsaId)
                   ?? throw new BusinessAssertionException($"Katalogen känner inte till {unit.DisplayName} ({unit.HsaId}) den {today:yyyy-MM-dd}.");
        var inbox = UnitInfo.InboxOf(expected, unit.HsaId);
        if (info.CareSystem != expected || info.Inkorg != inbox)
            throw new BusinessAssertionException(
                $"Katalogen anger att {unit.DisplayName} arbetar i {info.System} med inkorgen {info.Inkorg ?? "(ingen)"} den {today:yyyy-MM-dd} " +
                $"(driftsättningsdatum: {info.DriftsattFran?.ToString("yyyy-MM-dd") ?? "inget"}), men den ska arbeta i {expected.Display()} med inkorgen {inbox}.");
    }

    /// <summary>
    /// Rule 1 over the whole directory, for today: a unit with a live-from date on or before today works in Samvy,
    /// every other unit in SAMSA, and each has its inbox in that system.
    /// </summary>
    public async Task ShouldFollowLiveFromDatesAsync(DateOnly today)
    {
        var wrong = (await directory.GetUnitsAsync())
            .Select(u => (Unit: u, Expected: u.DriftsattFran is { } from && from <= today ? CareSystem.Samvy : CareSystem.Samsa))
            .Where(x => x.Unit.CareSystem != x.Expected || x.Unit.Inkorg != UnitInfo.InboxOf(x.Expected, x.Unit.HsaId))
            .ToList();
        if (wrong.Count == 0) return;
        throw new BusinessAssertionException(
            $"Katalogen anger fel system eller inkorg för {wrong.Count} enheter den {today:yyyy-MM-dd}: " +
            string.Join("; ", wrong.Take(5).Select(x =>
                $"{x.Unit.Namn} (driftsatt från {x.Unit.DriftsattFran?.ToString("yyyy-MM-dd") ?? "inget datum"}) anges i {x.Unit.System} " +
                $"med inkorgen {x.Unit.Inkorg ?? "(ingen)"}, ska vara {x.Expected.Display()}")) + (wrong.Count > 5 ? " …" : "") + ".");
    }
}
