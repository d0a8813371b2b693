using System.Text.Json.Serialization;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>An open case as the decommissioning lists it; <c>overforingBegard</c> is set while Samvy takes it over.</summary>
public sealed record ActiveCaseRow(
    string Referens, string Personnummer, string Patient, string EnhetHsaId, string Enhet, DateTimeOffset Oppnat,
    DateTimeOffset? OverforingBegard);

/// <summary>An active SIP as the decommissioning lists it.</summary>
public sealed record ActiveSipRow(
    string Referens, string Arende, string Personnummer, string KallandeHsaId, string Kallande, DateTimeOffset Motestid,
    IReadOnlyList<string> Deltagare, DateTimeOffset? OverforingBegard);

/// <summary>
/// A case or SIP (<c>typ</c> "arende" or "sip": their references share the form "SAMSA:id") that Samvy has taken over,
/// and the Samvy object that continues it.
/// </summary>
public sealed record CarriedOverRow(string Typ, string Referens, string Till);

/// <summary>Where the decommissioning stands, what is still active in SAMSA and what went where.</summary>
public sealed record DecommissionStatus(
    string Lage, DateTimeOffset? Paborjad, DateTimeOffset? Skrivskyddad,
    IReadOnlyList<ActiveCaseRow> AktivaArenden, IReadOnlyList<ActiveSipRow> AktivaSipar, IReadOnlyList<CarriedOverRow> Overforda)
{
    [JsonIgnore] // the lists say it; the answer stays as documented
    public bool NothingActive => AktivaArenden.Count == 0 && AktivaSipar.Count == 0;
}

/// <summary>
/// Lists every open case and active SIP in SAMSA, over all units: what must be carried over or closed before SAMSA
/// can become read-only. With fault "tappa-aktiva-sip-vid-avveckling" the SIP list looks only at open cases, so an
/// active SIP whose case has closed (patient discharged, SIP still planned) is neither listed nor carried over.
/// </summary>
public sealed class DecommissionOverview(SamsaDb db, IntegrationClient directory, SimulationState sim)
{
    public async Task<DecommissionStatus> StatusAsync(CancellationToken ct)
    {
        var state = await db.Avveckling.AsNoTracking().SingleOrDefaultAsync(ct);
        return new DecommissionStatus(
            PhaseOf(state), state is null ? null : SwedishTime.ToSwedish(state.Paborjad),
            state?.Skrivskyddad is { } readOnly ? SwedishTime.ToSwedish(readOnly) : null,
            await ActiveCasesAsync(ct), await ActiveSipsAsync(ct), await CarriedOverAsync(ct));
    }

    public static string PhaseOf(Avvecklingslage? state) =>
        state is null ? DecommissionPhase.InOperation
        : state.Skrivskyddad is null ? DecommissionPhase.Decommissioning
        : DecommissionPhase.ReadOnly;

    private async Task<List<CarriedOverRow>> CarriedOverAsync(CancellationToken ct)
    {
        var cases = await db.Arenden.AsNoTracking().Where(a => a.OverfortTill != null).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.OverfortTill }).ToListAsync(ct);
        var sips = await db.Sipar.AsNoTracking().Where(s => s.OverfordTill != null).OrderBy(s => s.Id).ToListAsync(ct);
        return [.. cases.Select(a => new CarriedOverRow(EventObjects.Case, SharedEvents.CaseReference(a.Id), a.OverfortTill!)),
            .. sips.Select(s => new CarriedOverRow(EventObjects.Sip, s.Reference, s.OverfordTill!))];
    }

    private async Task<List<ActiveCaseRow>> ActiveCasesAsync(CancellationToken ct)
    {
        var open = await db.Arenden.AsNoTracking().Include(a => a.Vardtillfalle).ThenInclude(v => v!.Patient)
            .Where(a => a.Stangt == null).OrderBy(a => a.Id).ToListAsync(ct);
        var names = new Dictionary<string, string>(); // one directory lookup per owning ward, not per case
        foreach (var ward in open.Select(a => a.AgareHsaId).Distinct())
        {
            names[ward] = (await directory.UnitAsync(ward, sim.Today, ct))?.Namn ?? ward;
        }
        return [.. open.Select(a => new ActiveCaseRow(
            SharedEvents.CaseReference(a.Id), Personnummer.Display(a.Personnummer), a.Vardtillfalle?.Patient?.FullName ?? string.Empty,
            a.AgareHsaId, names[a.AgareHsaId], SwedishTime.ToSwedish(a.Oppnat),
            a.OverforingBegard is { } asked ? SwedishTime.ToSwedish(asked) : null))];
    }

    private async Task<List<ActiveSipRow>> ActiveSipsAsync(CancellationToken ct)
    {
        var active = db.Sipar.AsNoTracking().Where(s => s.Avslutad == null && s.OverfordTill == null);
        if (sim.IsOn(KnownFaults.DropActiveSipsAtDecommissioning))
        {
            var openCases = db.Arenden.Where(a => a.Stangt == null).Select(a => a.Id);
            active = active.Where(s => openCases.Contains(s.ArendeId));
        }
        return [.. (await active.OrderBy(s => s.Id).ToListAsync(ct)).Select(s => new ActiveSipRow(
            s.Reference, SharedEvents.CaseReference(s.ArendeId), Personnummer.Display(s.Personnummer), s.KallandeHsaId, s.KallandeNamn,
            SwedishTime.ToSwedish(s.Motestid), s.Participants, s.OverforingBegard is { } asked ? SwedishTime.ToSwedish(asked) : null))];
    }
}
