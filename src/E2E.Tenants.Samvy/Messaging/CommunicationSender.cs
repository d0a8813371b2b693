using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>
/// Sends a notice from a Samvy unit: into a Samvy message centre at once, or through the outbox to the
/// integration when the recipient works in SAMSA. Used by the FHIR API and the collaboration view alike.
/// </summary>
public sealed class CommunicationSender(SamvyDb db, PatientStore patients, IntegrationClient directory, SimulationState sim)
{
    public async Task<Communication> SendAsync(Communication notice, CancellationToken ct)
    {
        var check = await CommunicationRules.CheckAsync(notice, db, patients, directory, sim.Today, ct);
        var now = sim.Clock.GetUtcNow();
        var landsHere = check.Recipient.System == SystemNames.Samvy;
        notice.Id = Guid.NewGuid().ToString("N");
        notice.Meta = new Meta { LastUpdated = now, VersionId = "1" };
        notice.Status = EventStatus.Completed;
        notice.Sender = References.Organization(check.Sender.HsaId, check.Sender.Namn);
        notice.Recipient = [References.Organization(check.Recipient.HsaId, check.Recipient.Namn)];
        notice.SentElement = new FhirDateTime(now);
        notice.ReceivedElement = landsHere ? new FhirDateTime(now) : null;
        db.Communications.Add(new StoredCommunication
        {
            Id = notice.Id,
            PatientId = check.Patient.Id!,
            SenderHsaId = check.Sender.HsaId,
            RecipientHsaId = check.Recipient.HsaId,
            Category = MessageTypes.Admission,
            Sent = now.UtcDateTime,
            Received = landsHere ? now.UtcDateTime : null,
            Json = FhirJson.Serialize(notice),
        });
        if (!landsHere)
        {
            db.Outbox.Add(OutboxItem.For(new RoutedMessage(
                notice.Id, SystemNames.Samvy, MessageTypes.Admission, check.Sender.HsaId, check.Sender.Namn,
                check.Recipient.HsaId, check.Patient.ToRouted(), check.EstimatedDischarge, now.UtcDateTime), now.UtcDateTime));
        }
        await db.SaveChangesAsync(ct); // notice and outbox item together: neither without the other
        if (!landsHere)
        {
            sim.Work.Pulse(); // wake the outbox dispatcher
        }
        return notice;
    }
}
