using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>Where the integration delivers notices from other systems into SAMSA inboxes, and receipts back.</summary>
public static class InboundEndpoints
{
    public static IEndpointRouteBuilder MapInbound(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/integration/meddelanden", async (RoutedMessage message, SamsaDb db, IntegrationClient directory, SimulationState sim, CancellationToken ct) =>
        {
            var externalId = $"{message.AvsandarSystem}:{message.MeddelandeId}";
            if (await db.Meddelanden.AnyAsync(m => m.ExterntId == externalId, ct))
            {
                return Results.NoContent(); // delivered before: land once only
            }
            var now = sim.Clock.GetUtcNow().UtcDateTime;
            var notice = RoutedMapping.FromRouted(message, now);
            // A reserve identity linked meanwhile files under the personnummer: nothing stays orphaned.
            notice.Personnummer = await db.ResolveAsync(notice.Personnummer, sim.ValueOnly(), ct);
            db.Meddelanden.Add(notice);
            if (await directory.UnitAsync(message.MottagareHsaId, sim.Today, ct) is { } recipient)
            {
                db.RecordPaymentEventOf(message with { Patient = message.Patient with { Personnummer = notice.Personnummer } }, recipient.Typ, recipient.Kommun, now);
            }
            // Landed and "delivered" go back to the sender together: neither without the other.
            db.Utkorg.Add(OutboxItem.For(NoticeStates.ReceiptFor(externalId, MessageStates.Delivered, now), now));
            await db.SaveChangesAsync(ct);
            sim.Work.Pulse();
            return Results.NoContent();
        });
        app.MapPost("api/integration/kvittenser", async (RoutedReceipt receipt, NoticeStates states, CancellationToken ct) =>
        {
            await states.ApplyAsync(receipt, ct);
            return Results.NoContent();
        });
        return app;
    }
}
