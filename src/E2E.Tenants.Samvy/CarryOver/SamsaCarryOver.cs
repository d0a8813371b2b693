using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Sip;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.CarryOver;

/// <summary>
/// Takes over what SAMSA carries over when it is decommissioned (P13): an open case becomes an Encounter with its
/// EpisodeOfCare on the same ward, an active SIP a CarePlan with the same meeting and participants. Each names the
/// SAMSA object it came from, and Samvy confirms with an event so that SAMSA can point to it. A SIP of a case that
/// Samvy has taken over belongs to Samvy's case, so the second-SIP check still sees one case.
/// </summary>
public sealed class SamsaCarryOver(
    SamvyDb db, PatientStore patients, EpisodeStore episodes, SipPlanService sips, IntegrationClient directory, SimulationState sim)
    : IInboundEventHandler
{
    public async System.Threading.Tasks.Task HandleAsync(RoutedEvent change, CancellationToken ct)
    {
        if (change.Status != EventObjects.CarriedOver || change.AvsandarSystem != SystemNames.Samsa || change.Patient is null)
        {
            return;
        }
        if (change.Typ == EventObjects.Sip && !await db.CarePlans.AnyAsync(p => p.CarriedFrom == change.Objekt, ct))
        {
            await TakeOverSipAsync(change, ct);
        }
        else if (change.Typ == EventObjects.Case && !await db.Episodes.AnyAsync(e => e.CarriedFrom == change.Objekt, ct))
        {
            await TakeOverCaseAsync(change, ct);
        }
    }

    private async System.Threading.Tasks.Task TakeOverCaseAsync(RoutedEvent change, CancellationToken ct)
    {
        var (patient, _) = await patients.UpsertAsync(change.Patient!.ToFhir(), ct);
        var ward = await UnitAsync(change.EnhetHsaId, change.EnhetNamn, ct);
        var now = sim.Clock.GetUtcNow();
        var encounter = new Encounter
        {
            Subject = References.To("Patient", patient.Id!),
            Period = new Period { StartElement = new FhirDateTime(SwedishTime.ToSwedish(change.Inskriven ?? now.UtcDateTime)) },
        };
        var (_, episode) = episodes.Admit(encounter, patient.Id!, ward.HsaId, ward.Namn, change.Objekt);
        var caseReference = $"{SystemNames.Samvy}:{episode.Id}";
        await RefileSipsAsync(change.Objekt, caseReference, ct);
        db.Outbox.Add(OutboxItem.For(new RoutedEvent(SystemNames.Samvy, EventObjects.Case, caseReference, change.Personnummer, caseReference,
            EventObjects.Active, ward.HsaId, ward.Namn, null, [], now.UtcDateTime) { Ursprung = change.Objekt }, now.UtcDateTime));
        await db.SaveChangesAsync(ct); // the case, its encounter and the confirmation together
        sim.Work.Pulse();
    }

    private async System.Threading.Tasks.Task TakeOverSipAsync(RoutedEvent change, CancellationToken ct)
    {
        var (patient, _) = await patients.UpsertAsync(change.Patient!.ToFhir(), ct);
        var caller = await UnitAsync(change.EnhetHsaId, change.EnhetNamn, ct);
        var now = sim.Clock.GetUtcNow();
        var arende = await db.Episodes.AsNoTracking().Where(e => e.CarriedFrom == change.Arende).Select(e => e.Id).FirstOrDefaultAsync(ct)
            is { } episodeId ? $"{SystemNames.Samvy}:{episodeId}" : change.Arende;
        var performers = new List<ResourceReference>();
        foreach (var hsaId in change.Deltagare)
        {
            var unit = await UnitAsync(hsaId, hsaId, ct);
            performers.Add(References.Organization(unit.HsaId, unit.Namn));
        }
        var meeting = change.Motestid ?? now.UtcDateTime;
        var plan = SipPlanFhir.New(patient.Id!, null, caller.HsaId, meeting, performers);
        sips.Store(plan, patient.Id!, patient.IdentityKeyOf()!, caller, arende, meeting, change.Deltagare, change.Objekt);
        await db.SaveChangesAsync(ct); // the plan and the confirmation together
        sim.Work.Pulse();
    }

    /// <summary>SIPs in Samvy that belonged to the SAMSA case now belong to the Samvy case that took it over.</summary>
    private async System.Threading.Tasks.Task RefileSipsAsync(string samsaCase, string samvyCase, CancellationToken ct)
    {
        foreach (var stored in await db.CarePlans.Where(p => p.Arende == samsaCase).ToListAsync(ct))
        {
            var plan = FhirJson.Parse<CarePlan>(stored.Json);
            plan.SetExtension(FhirConstants.CaseReferenceExtension, new FhirString(samvyCase));
            stored.Arende = samvyCase;
            stored.Json = FhirJson.Serialize(plan);
        }
    }

    /// <summary>The unit as the directory names it today; as SAMSA named it if the directory no longer knows it.</summary>
    private async Task<(string HsaId, string Namn)> UnitAsync(string hsaId, string name, CancellationToken ct) =>
        await directory.UnitAsync(hsaId, sim.Today, ct) is { } unit ? (unit.HsaId, unit.Namn) : (hsaId, name);
}
