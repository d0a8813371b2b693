using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>Where the integration delivers notices from SAMSA into Samvy message centres.</summary>
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
            var notice = AdmissionNotice.Create(patient.Id!, null, message.AvsandareHsaId, message.MottagareHsaId, message.BeraknatUtskrivningsdatum);
            notice.Id = Guid.NewGuid().ToString("N");
            notice.Meta = new Meta { LastUpdated = now, VersionId = "1" };
            notice.Identifier = [new Identifier(FhirConstants.IntegrationMessageSystem, externalId)];
            notice.Sender!.Display = message.AvsandareNamn;
            notice.Recipient[0].Display = (await directory.UnitAsync(message.MottagareHsaId, sim.Today, ct))?.Namn;
            notice.SentElement = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(message.Skickad, DateTimeKind.Utc)));
            notice.ReceivedElement = new FhirDateTime(now);
            db.Communications.Add(new StoredCommunication
            {
                Id = notice.Id, PatientId = patient.Id!, SenderHsaId = message.AvsandareHsaId, RecipientHsaId = message.MottagareHsaId,
                Category = message.Typ, Sent = message.Skickad, Received = now.UtcDateTime, ExternalId = externalId,
                Json = FhirJson.Serialize(notice),
            });
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });
        return app;
    }
}
