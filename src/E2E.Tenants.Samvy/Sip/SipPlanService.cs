using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Sip;

/// <summary>
/// Calls a SIP in Samvy (rule 4: the calling unit works here). A second active SIP for the same patient and case,
/// in Samvy or SAMSA, is refused with 409 unless fault "tillat-dubbla-sip" is on. Every participant gets a
/// "kallelse till SIP"; SAMSA learns of the SIP through the integration.
/// </summary>
public sealed class SipPlanService(SamvyDb db, PatientStore patients, IntegrationClient directory, CommunicationSender notices, SimulationState sim)
{
    public async Task<CarePlan> CallAsync(CarePlan plan, CancellationToken ct)
    {
        var now = sim.Clock.GetUtcNow();
        if (!plan.IsSip())
        {
            throw Refuse($"Ange category {SipPlanFhir.CategorySystem}|{SipPlanFhir.CategoryCode} (SIP).");
        }
        var patientId = References.IdOf(plan.Subject, "Patient") ?? throw Refuse("SIP:en saknar patient (subject).");
        var patient = await patients.GetAsync(patientId, ct) ?? throw Refuse($"Patient/{patientId} finns inte.");
        var author = References.IdOf(plan.Author, "Organization") ?? throw Refuse("SIP:en saknar kallande enhet (author).");
        var caller = await directory.UnitAsync(author, sim.Today, ct) ?? throw Refuse($"Enheten {author} finns inte i katalogen.");
        var encounterId = References.IdOf(plan.Encounter, "Encounter");
        var episode = encounterId is null ? null : await db.Episodes.AsNoTracking().SingleOrDefaultAsync(e => e.EncounterId == encounterId, ct)
            ?? throw Refuse($"Encounter/{encounterId} finns inte.");
        var arende = episode is not null ? $"{SystemNames.Samvy}:{episode.Id}" : plan.CaseReference()
            ?? throw Refuse("Ange vårdkontakt (encounter) eller samordningsärende (extension samordningsarende) för SIP:en.");
        // A SAMSA case that Samvy took over at decommissioning goes on as Samvy's case: one case, one SIP, whichever
        // of its two names the caller uses and wherever its SIP lives now.
        var samvyId = arende.StartsWith($"{SystemNames.Samvy}:", StringComparison.Ordinal) ? arende[(SystemNames.Samvy.Length + 1)..] : null;
        var takenOver = await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.CarriedFrom == arende || e.Id == samvyId, ct);
        if (takenOver?.CarriedFrom is not null)
        {
            arende = $"{SystemNames.Samvy}:{takenOver.Id}";
        }
        IReadOnlyList<string> caseNames = takenOver?.CarriedFrom is { } origin ? [arende, origin] : [arende];
        var meeting = plan.MeetingTime() ?? throw Refuse("Ange mötestid (activity.detail.scheduledPeriod.start).");
        if (meeting < now.UtcDateTime)
        {
            throw Refuse("Mötestiden har redan passerat.");
        }
        var participants = plan.ParticipantIds();
        if (participants.Count == 0)
        {
            throw Refuse("Ange minst en deltagande enhet (activity.detail.performer).");
        }
        foreach (var performer in plan.Meeting()!.Performer)
        {
            var id = References.IdOf(performer, "Organization");
            performer.Display = (id is null ? null : await directory.UnitAsync(id, sim.Today, ct))?.Namn
                ?? throw Refuse($"Den deltagande enheten {performer.Reference} finns inte i katalogen.");
        }
        var pnr = patient.IdentityKeyOf()!;
        if (await ExistingAsync(pnr, caseNames, ct) is { } existing && !sim.IsOn(KnownFaults.AllowDuplicateSip))
        {
            throw new FhirRequestException(409, OperationOutcome.IssueType.Conflict, existing);
        }
        Store(plan, patientId, pnr, (caller.HsaId, caller.Namn), arende, meeting, participants, null);
        await db.SaveChangesAsync(ct); // the SIP and its event together
        sim.Work.Pulse();
        await InviteAsync(plan, patientId, encounterId, caller.HsaId, meeting, participants, ct);
        return plan;
    }

    /// <summary>
    /// Stamps the SIP's CarePlan (id, status, author, case) and adds it with its event for SAMSA to the context; the
    /// caller saves both together. A SIP taken over from SAMSA names its origin in the plan and in the event.
    /// </summary>
    public StoredCarePlan Store(
        CarePlan plan, string patientId, string identityKey, (string HsaId, string Namn) caller, string arende,
        DateTime meeting, IReadOnlyList<string> participants, string? carriedFrom)
    {
        var now = sim.Clock.GetUtcNow();
        plan.Id = Guid.NewGuid().ToString("N");
        plan.Meta = new Meta { LastUpdated = now, VersionId = "1" };
        plan.Status = RequestStatus.Active;
        plan.Intent = CarePlan.CarePlanIntent.Plan;
        plan.Author = References.Organization(caller.HsaId, caller.Namn);
        plan.CreatedElement = new FhirDateTime(now);
        plan.SetExtension(FhirConstants.CaseReferenceExtension, new FhirString(arende));
        if (carriedFrom is not null)
        {
            plan.SetExtension(FhirConstants.CarriedOverFromExtension, new FhirString(carriedFrom));
        }
        var stored = new StoredCarePlan
        {
            Id = plan.Id, PatientId = patientId, Personnummer = identityKey, AuthorHsaId = caller.HsaId, Arende = arende,
            Participants = string.Join('\n', participants), Created = now.UtcDateTime, CarriedFrom = carriedFrom, Json = FhirJson.Serialize(plan),
        };
        db.CarePlans.Add(stored);
        db.Outbox.Add(OutboxItem.For(new RoutedEvent(SystemNames.Samvy, EventObjects.Sip, stored.Reference, identityKey, arende, EventObjects.Active,
            caller.HsaId, caller.Namn, meeting, participants, now.UtcDateTime) { Ursprung = carriedFrom }, now.UtcDateTime));
        return stored;
    }

    private async System.Threading.Tasks.Task InviteAsync(
        CarePlan plan, string patientId, string? encounterId, string callerHsaId, DateTime meeting, IReadOnlyList<string> participants, CancellationToken ct)
    {
        var names = plan.Meeting()!.Performer.Select(p => p.Display ?? References.IdOf(p, "Organization")).OfType<string>().ToList();
        foreach (var participant in participants)
        {
            var invitation = NoticeResource.Create(MessageTypes.SipInvitation, patientId, encounterId, callerHsaId, participant);
            invitation.SetTime(FhirConstants.SipMeetingExtension, meeting);
            invitation.Extension.AddRange(names.Select(n => new Extension(FhirConstants.SipParticipantExtension, new FhirString(n))));
            await notices.SendAsync(invitation, ct);
        }
    }

    /// <summary>The Swedish refusal naming the active SIP of the patient's case, here or in SAMSA; null if none.</summary>
    private async Task<string?> ExistingAsync(string personnummer, IReadOnlyList<string> caseNames, CancellationToken ct)
    {
        foreach (var name in caseNames)
        {
            if (await db.ActiveSipAsync(personnummer, name, ct) is { } other)
            {
                return $"Det finns redan en SIP för patienten i ärendet, skapad i {other.System} ({other.Objekt}) av {other.EnhetNamn}. " +
                       "Delta i den i stället för att starta en ny.";
            }
        }
        return await db.CarePlans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Personnummer == personnummer && caseNames.Contains(p.Arende) && p.Ended == null, ct) is { } own
            ? $"Det finns redan en SIP för patienten i ärendet, skapad i Samvy ({own.Reference})."
            : null;
    }

    private static FhirRequestException Refuse(string message) => new(422, OperationOutcome.IssueType.BusinessRule, message);
}
