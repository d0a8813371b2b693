using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using E2E.Tenants.Samsa.Sip;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>
/// The steps of decommissioning SAMSA (P13): begin (no new stays or SIPs), carry each open case and active SIP over
/// to Samvy or close it, then make SAMSA read-only, which is refused while anything listed is still active. A
/// carry-over goes to Samvy through the integration; the object stays active here until Samvy confirms it.
/// </summary>
public sealed class Decommission(SamsaDb db, CaseStore cases, DecommissionOverview overview, IntegrationClient directory, SimulationState sim)
{
    public async Task<DecommissionOutcome> BeginAsync(CancellationToken ct)
    {
        if (await db.Avveckling.SingleOrDefaultAsync(ct) is null)
        {
            db.Avveckling.Add(new Avvecklingslage { Paborjad = Now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Begun by a parallel request a moment ago: the decommissioning has begun, which is what was asked.
                db.ChangeTracker.Clear();
            }
        }
        return DecommissionOutcome.Done(await overview.StatusAsync(ct));
    }

    public async Task<DecommissionOutcome> MakeReadOnlyAsync(CancellationToken ct)
    {
        if (await StepRefusalAsync(ct) is { } refused)
        {
            return refused;
        }
        var status = await overview.StatusAsync(ct);
        if (!status.NothingActive)
        {
            var left = status.AktivaArenden.Select(a => $"ärende {a.Referens} ({a.Enhet}, {a.Personnummer})")
                .Concat(status.AktivaSipar.Select(s => $"SIP {s.Referens} ({s.Kallande}, {s.Personnummer})"));
            return DecommissionOutcome.Refused(409, "Aktiva ärenden eller SIP:ar finns kvar",
                $"SAMSA kan inte bli skrivskyddat förrän allt aktivt förts över eller avslutats. Kvar: {string.Join("; ", left)}.");
        }
        var state = await db.Avveckling.SingleAsync(ct);
        state.Skrivskyddad = Now;
        await db.SaveChangesAsync(ct);
        return DecommissionOutcome.Done(status with
        {
            Lage = DecommissionPhase.ReadOnly, Skrivskyddad = Integration.Simulation.SwedishTime.ToSwedish(state.Skrivskyddad.Value),
        }); // nothing else changed: the lists were just found empty
    }

    public async Task<DecommissionOutcome> CarryOverSipAsync(int id, CancellationToken ct)
    {
        var (sip, refusal) = await ActiveSipAsync(id, ct);
        if (sip is null)
        {
            return refusal!;
        }
        if (sip.OverforingBegard is null)
        {
            if (await NotInSamvyAsync(sip.KallandeHsaId, "SIP:en", ct) is { } stillHere)
            {
                return stillHere;
            }
            if (await db.Patienter.FindAsync([sip.Personnummer], ct) is not { } patient)
            {
                return DecommissionOutcome.Refused(409, "Patienten saknas",
                    $"SIP {sip.Reference} gäller {Personnummer.Display(sip.Personnummer)}, som inte finns i SAMSA:s patientregister. Avsluta SIP:en i stället.");
            }
            sip.OverforingBegard = Now;
            db.Utkorg.Add(OutboxItem.For(SharedEvents.ForSip(sip, EventObjects.CarriedOver, Now) with { Patient = patient.ToRouted() }, Now));
            await db.SaveChangesAsync(ct); // the request and its event together
            sim.Work.Pulse();
        }
        return DecommissionOutcome.Done(SipView.From(sip), 202);
    }

    public async Task<DecommissionOutcome> CloseSipAsync(int id, CancellationToken ct)
    {
        var (sip, refusal) = await ActiveSipAsync(id, ct);
        if (sip is null)
        {
            return refusal!;
        }
        if (sip.OverforingBegard is not null)
        {
            return DecommissionOutcome.Refused(409, "Överföring pågår", $"SIP {sip.Reference} håller på att föras över till Samvy och kan inte avslutas.");
        }
        sip.Avslutad = Now;
        db.Utkorg.Add(OutboxItem.For(SharedEvents.ForSip(sip, EventObjects.Closed, Now), Now));
        await db.SaveChangesAsync(ct);
        sim.Work.Pulse();
        return DecommissionOutcome.Done(SipView.From(sip));
    }

    public async Task<DecommissionOutcome> CarryOverCaseAsync(int id, CancellationToken ct)
    {
        var (arende, refusal) = await OpenCaseAsync(id, ct);
        if (arende is null)
        {
            return refusal!;
        }
        if (arende.OverforingBegard is null)
        {
            if (await NotInSamvyAsync(arende.AgareHsaId, "Ärendet", ct) is { } stillHere)
            {
                return stillHere;
            }
            arende.OverforingBegard = Now;
            var owner = await directory.UnitAsync(arende.AgareHsaId, sim.Today, ct);
            var change = SharedEvents.ForCase(arende, EventObjects.CarriedOver, owner?.Namn) with
            {
                Patient = arende.Vardtillfalle!.Patient!.ToRouted(), Inskriven = arende.Vardtillfalle.Inskrivningstid, Tidpunkt = Now,
            };
            db.Utkorg.Add(OutboxItem.For(change, Now));
            await db.SaveChangesAsync(ct); // the request and its event together
            sim.Work.Pulse();
        }
        return DecommissionOutcome.Done(Api.CaseView.From(arende), 202);
    }

    public async Task<DecommissionOutcome> CloseCaseAsync(int id, CancellationToken ct)
    {
        var (arende, refusal) = await OpenCaseAsync(id, ct);
        if (arende is null)
        {
            return refusal!;
        }
        return await cases.CloseAsync(arende, null, ct) is { } pending
            ? DecommissionOutcome.Refused(409, "Överföring pågår", pending)
            : DecommissionOutcome.Done(Api.CaseView.From(arende));
    }

    private DateTime Now => sim.Clock.GetUtcNow().UtcDateTime;

    private async Task<(Arende? Case, DecommissionOutcome? Refusal)> OpenCaseAsync(int id, CancellationToken ct)
    {
        if (await StepRefusalAsync(ct) is { } refused)
        {
            return (null, refused);
        }
        var arende = await cases.GetAsync(id, ct);
        return arende switch
        {
            null => (null, DecommissionOutcome.Refused(404, "Okänt ärende", $"Ärende {SharedEvents.CaseReference(id)} finns inte.")),
            { OverfortTill: { } to } => (null, DecommissionOutcome.Refused(409, "Redan överfört", $"Ärende {SharedEvents.CaseReference(id)} är redan överfört till {to}.")),
            { Stangt: not null } => (null, DecommissionOutcome.Refused(409, "Redan avslutat", $"Ärende {SharedEvents.CaseReference(id)} är redan avslutat.")),
            _ => (arende, null),
        };
    }

    /// <summary>Carrying over and closing belong to the decommissioning: refused before it begins and once SAMSA is read-only.</summary>
    private async Task<DecommissionOutcome?> StepRefusalAsync(CancellationToken ct) =>
        DecommissionOverview.PhaseOf(await db.Avveckling.AsNoTracking().SingleOrDefaultAsync(ct)) switch
        {
            DecommissionPhase.InOperation => DecommissionOutcome.Refused(409, "Avvecklingen har inte börjat", "Påbörja avvecklingen av SAMSA först."),
            DecommissionPhase.ReadOnly => DecommissionOutcome.Refused(423, "SAMSA är skrivskyddat", "SAMSA är redan avvecklat och skrivskyddat."),
            _ => null,
        };

    private async Task<(Data.Sip? Sip, DecommissionOutcome? Refusal)> ActiveSipAsync(int id, CancellationToken ct)
    {
        if (await StepRefusalAsync(ct) is { } refused)
        {
            return (null, refused);
        }
        var sip = await db.Sipar.FindAsync([id], ct);
        return sip switch
        {
            null => (null, DecommissionOutcome.Refused(404, "Okänd SIP", $"SIP SAMSA:{id} finns inte.")),
            { OverfordTill: { } to } => (null, DecommissionOutcome.Refused(409, "Redan överförd", $"SIP {sip.Reference} är redan överförd till {to}.")),
            { Avslutad: not null } => (null, DecommissionOutcome.Refused(409, "Redan avslutad", $"SIP {sip.Reference} är redan avslutad.")),
            _ => (sip, null),
        };
    }

    /// <summary>Samvy can take over only what belongs to a unit that works in Samvy today (rules 3 and 4).</summary>
    private async Task<DecommissionOutcome?> NotInSamvyAsync(string hsaId, string what, CancellationToken ct)
    {
        var unit = await directory.UnitAsync(hsaId, sim.Today, ct);
        return unit?.System == SystemNames.Samvy ? null
            : DecommissionOutcome.Refused(409, "Enheten arbetar inte i Samvy",
                $"{what} hör till {unit?.Namn ?? hsaId}, som inte arbetar i Samvy i dag. För över när enheten driftsatt Samvy, eller avsluta.");
    }
}
