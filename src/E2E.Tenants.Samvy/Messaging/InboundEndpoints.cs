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

/// <summary>Where the integration delivers notices from SAMSA into Samvy message centres, and receipts back.</summary>
public static class InboundEndpoints
{
    public static IEndpointRouteBuilder MapInbound(this IEndpointRouteBuilder app)
    {
        app.MapPost("integration/meddelanden", async (RoutedMessage message, SamvyDb db, PatientStore patients, IntegrationClient directory, SimulationState sim, CancellationToken ct) =>
        {
            var externalId = $"{message.AvsandarSystem}:{message.MeddelandeId}";
            if (await db.Communications.AnyAsync(c => c.ExternalId == externalId, ct))
            {
                return Results.NoContent(); // delivered before: land once only
            }
            var (patient, _) = await patients.UpsertAsync(message.Patient.ToFhir(), ct);
            var now = sim.Clock.GetUtcNow();
            var notice = NoticeResource.Create(message.Typ, patient.Id!, null, message.AvsandareHsaId, message.MottagareHsaId);
            notice.SetDetails(message);
            notice.Id = Guid.NewGuid().ToString("N");
            notice.Meta = new Meta { LastUpdated = now, VersionId = "1" };
            notice.Identifier = [new Identifier(FhirConstants.IntegrationMessageSystem, externalId)];
            notice.Sender!.Display = message.AvsandareNamn;
            var recipient = await directory.UnitAsync(message.MottagareHsaId, sim.Today, ct);
            notice.Recipient[0].Display = recipient?.Namn;
            notice.SentElement = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(message.Skickad, DateTimeKind.Utc)));
            var stored = new StoredCommunication
            {
                Id = notice.Id, PatientId = patient.Id!, SenderHsaId = message.AvsandareHsaId, RecipientHsaId = message.MottagareHsaId,
                Category = message.Typ, Sent = message.Skickad, Received = now.UtcDateTime, Delivered = now.UtcDateTime,
                ExternalId = externalId, Json = string.Empty,
            };
            // The files land with the notice; their hashes are computed anew from what arrived.
            var documents = (message.Bilagor ?? []).Select(a => StoredDocument.Of(a.Namn, a.Innehallstyp, a.Innehall, stored)).ToList();
            CommunicationAttachments.Refer(notice, documents);
            CommunicationStates.Stamp(stored, notice);
            db.Communications.Add(stored);
            db.Documents.AddRange(documents);
            if (recipient is not null)
            {
                db.RecordPaymentEventOf(message, recipient.Typ, recipient.Kommun, now.UtcDateTime);
            }
            // Landed and "delivered" go back to the sender together: neither without the other.
            db.Outbox.Add(OutboxItem.For(RoutedReceipt.For(SystemNames.Samvy, externalId, MessageStates.Delivered, now.UtcDateTime), now.UtcDateTime));
            await db.SaveChangesAsync(ct);
            sim.Work.Pulse();
            return Results.NoContent();
        });
        app.MapPost("integration/kvittenser", async (RoutedReceipt receipt, CommunicationStates states, CancellationToken ct) =>
        {
            await states.ApplyAsync(receipt, ct);
            return Results.NoContent();
        });
        return app;
    }
}
