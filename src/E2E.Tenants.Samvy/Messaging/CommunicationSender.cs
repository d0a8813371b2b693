using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>
/// Sends a notice of any type from a Samvy unit: into a Samvy message centre at once, or through the outbox to
/// the integration when the recipient works in SAMSA. Used by the FHIR API and the collaboration view alike.
/// </summary>
public sealed class CommunicationSender(SamvyDb db, PatientStore patients, IntegrationClient directory, EpisodeStore episodes, SimulationState sim)
{
    public async Task<Communication> SendAsync(Communication notice, CancellationToken ct)
    {
        var now = sim.Clock.GetUtcNow();
        var check = await CommunicationRules.CheckAsync(notice, db, patients, directory, sim.Today, now.UtcDateTime, ct);
        var files = CommunicationAttachments.Read(notice, sim.MaxAttachmentBytes);
        var landsHere = check.Recipient.System == SystemNames.Samvy;
        notice.Id = Guid.NewGuid().ToString("N");
        notice.Meta = new Meta { LastUpdated = now, VersionId = "1" };
        notice.Sender = References.Organization(check.Sender.HsaId, check.Sender.Namn);
        notice.Recipient = [References.Organization(check.Recipient.HsaId, check.Recipient.Namn)];
        notice.SentElement = new FhirDateTime(now);
        var caseReference = check.Episode is null ? null : $"{SystemNames.Samvy}:{check.Episode.Id}";
        if (caseReference is not null)
        {
            notice.SetExtension(FhirConstants.CaseReferenceExtension, new FhirString(caseReference));
        }
        var stored = new StoredCommunication
        {
            Id = notice.Id, PatientId = check.Patient.Id!, SenderHsaId = check.Sender.HsaId, RecipientHsaId = check.Recipient.HsaId,
            Category = check.Type, EncounterId = check.EncounterId, Sent = now.UtcDateTime,
            Received = landsHere ? now.UtcDateTime : null, Delivered = landsHere ? now.UtcDateTime : null, Json = string.Empty,
        };
        var documents = files.Select(f => StoredDocument.Of(f.Name, f.ContentType, f.Content, stored)).ToList();
        CommunicationAttachments.Refer(notice, documents);
        CommunicationStates.Stamp(stored, notice);
        db.Communications.Add(stored);
        db.Documents.AddRange(documents);
        var routed = ToRouted(notice, check, now.UtcDateTime) with { Bilagor = [.. documents.Select(CommunicationAttachments.ToRouted)] };
        db.RecordPaymentEventOf(routed, check.Recipient.Typ, check.Recipient.Kommun, stored.Received);
        if (!landsHere)
        {
            db.Outbox.Add(OutboxItem.For(routed, now.UtcDateTime));
        }
        await db.SaveChangesAsync(ct); // notice and outbox item together: neither without the other
        if (check.Type == MessageTypes.Discharge && check.Episode is not null)
        {
            await episodes.CloseAsync(check.Episode, notice.TimeOf(FhirConstants.DischargeTimeExtension), ct);
        }
        if (!landsHere)
        {
            sim.Work.Pulse(); // wake the outbox dispatcher
        }
        return notice;
    }

    /// <summary>A changed estimate goes to every unit that got the encounter's admission notice.</summary>
    public async Task<IReadOnlyList<Communication>> UpdateEstimateAsync(StoredEncounter encounter, DateOnly date, CancellationToken ct)
    {
        var recipients = await db.Communications
            .Where(c => c.EncounterId == encounter.Id && c.Category == MessageTypes.Admission && c.ExternalId == null)
            .Select(c => c.RecipientHsaId).Distinct().ToListAsync(ct);
        if (recipients.Count == 0)
        {
            throw new FhirRequestException(422, OperationOutcome.IssueType.BusinessRule, "Inget inskrivningsmeddelande har skickats för vårdkontakten ännu.");
        }
        var sent = new List<Communication>();
        foreach (var recipient in recipients)
        {
            var update = NoticeResource.Create(MessageTypes.Admission, encounter.PatientId, encounter.Id, encounter.EnhetHsaId, recipient);
            update.SetEstimatedDischarge(date);
            update.SetExtension(FhirConstants.EstimateUpdateExtension, new FhirBoolean(true));
            sent.Add(await SendAsync(update, ct));
        }
        return sent;
    }

    private static RoutedMessage ToRouted(Communication notice, CommunicationRules.Checked check, DateTime now) => new(
        notice.Id!, SystemNames.Samvy, check.Type, check.Sender.HsaId, check.Sender.Namn, check.Recipient.HsaId,
        check.Patient.ToRouted(), notice.EstimatedDischarge(), now)
    {
        Uppdatering = notice.IsEstimateUpdate(),
        // Discharge readiness and its withdrawal are timestamped by the tenant clock when sent.
        Tidpunkt = notice.RoutedTime(check.Type) ?? (check.Type is MessageTypes.DischargeReady or MessageTypes.DischargeReadyWithdrawn ? now : null),
        Deltagare = notice.Participants(),
        Arende = notice.GetExtensionValue<FhirString>(FhirConstants.CaseReferenceExtension)?.Value,
    };
}
