using System.Text.Json;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Directory;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>
/// Accepts messages and receipts from the systems' outboxes; <see cref="DeliveryWorker"/> delivers them later.
/// Both are idempotent per sender system and id, so an outbox may hand the same item over again.
/// </summary>
public static class RoutingEndpoints
{
    public static IEndpointRouteBuilder MapRouting(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/meddelanden", async (RoutedMessage message, IntegrationDb db, SimulationState state, SystemChoice choice, CancellationToken ct) =>
        {
            if (await KnownAsync(db, message.AvsandarSystem, message.MeddelandeId, ct))
            {
                return Results.Accepted(); // a repeated hand-over; already taken care of
            }
            var recipient = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.HsaId == message.MottagareHsaId, ct);
            if (recipient is null)
            {
                return Results.Problem($"Mottagaren {message.MottagareHsaId} finns inte i katalogen.", statusCode: 422, title: "Okänd mottagare");
            }
            var target = choice.SystemOn(recipient, state.Today); // rule 2: the recipient's system today
            var carried = MessageFaults.Apply(message, state);
            db.RoutedMessages.Add(Accept(RoutedKinds.Message, carried.AvsandarSystem, carried.MeddelandeId, carried, target, state));
            if (state.IsOn(KnownFaults.DuplicateMessages))
            {
                // Fault: a second copy under another id, so that the receiver cannot tell it is the same notice.
                var copy = carried with { MeddelandeId = carried.MeddelandeId + "-kopia" };
                db.RoutedMessages.Add(Accept(RoutedKinds.Message, copy.AvsandarSystem, copy.MeddelandeId, copy, target, state));
            }
            await db.SaveChangesAsync(ct);
            state.Work.Pulse();
            return Results.Accepted();
        });
        app.MapPost("api/kvittenser", async (RoutedReceipt receipt, IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            if (!await KnownAsync(db, receipt.AvsandarSystem, receipt.KvittensId, ct))
            {
                // Receipts go back to the system that sent the message; faults on messages do not touch them.
                db.RoutedMessages.Add(Accept(RoutedKinds.Receipt, receipt.AvsandarSystem, receipt.KvittensId, receipt, receipt.MeddelandeSystem, state));
                await db.SaveChangesAsync(ct);
                state.Work.Pulse();
            }
            return Results.Accepted();
        });
        app.MapPost("api/sammankopplingar", async (RoutedIdentityLink link, IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            if (!await KnownAsync(db, link.AvsandarSystem, $"sammankoppling:{link.LankId}", ct))
            {
                // The other system links the same identities; message faults do not touch links.
                db.RoutedMessages.Add(Accept(RoutedKinds.IdentityLink, link.AvsandarSystem, $"sammankoppling:{link.LankId}", link, link.OtherSystem, state));
                await db.SaveChangesAsync(ct);
                state.Work.Pulse();
            }
            return Results.Accepted();
        });
        app.MapPost("api/handelser", async (RoutedEvent change, IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            if (!await KnownAsync(db, change.AvsandarSystem, change.HandelseId, ct))
            {
                // Events go to the other system, which keeps a reference to the object (rules 3 and 4).
                var target = change.AvsandarSystem == SystemNames.Samsa ? SystemNames.Samvy : SystemNames.Samsa;
                db.RoutedMessages.Add(Accept(RoutedKinds.Event, change.AvsandarSystem, change.HandelseId, change, target, state));
                await db.SaveChangesAsync(ct);
                state.Work.Pulse();
            }
            return Results.Accepted();
        });
        return app;
    }

    private static Task<bool> KnownAsync(IntegrationDb db, string sourceSystem, string sourceId, CancellationToken ct) =>
        db.RoutedMessages.AnyAsync(m => m.SourceSystem == sourceSystem && m.SourceMessageId == sourceId, ct);

    private static RoutedMessageRecord Accept<T>(string kind, string sourceSystem, string sourceId, T payload, string targetSystem, SimulationState state) => new()
    {
        Kind = kind,
        SourceSystem = sourceSystem,
        SourceMessageId = sourceId,
        TargetSystem = targetSystem,
        PayloadJson = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
        AcceptedAt = state.Clock.GetUtcNow().UtcDateTime,
        DueAt = DateTime.UtcNow + state.DeliveryDelay, // real time: moving the clock must not strand it
        // Fault: the sender sees the message as sent, but it never arrives (every message, or only the first one).
        Dropped = kind == RoutedKinds.Message && (state.IsOn(KnownFaults.DropMessages) || state.TakeFirstDrop()),
    };
}
