using System.Text.Json;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Directory;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>Accepts messages from the systems' outboxes; <see cref="DeliveryWorker"/> delivers them later.</summary>
public static class RoutingEndpoints
{
    public static IEndpointRouteBuilder MapRouting(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/meddelanden", async (RoutedMessage message, IntegrationDb db, SimulationState state, SystemChoice choice, CancellationToken ct) =>
        {
            var known = await db.RoutedMessages.AnyAsync(
                m => m.SourceSystem == message.AvsandarSystem && m.SourceMessageId == message.MeddelandeId, ct);
            if (known)
            {
                return Results.Accepted(); // a repeated hand-over; already taken care of
            }
            var recipient = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.HsaId == message.MottagareHsaId, ct);
            if (recipient is null)
            {
                return Results.Problem($"Mottagaren {message.MottagareHsaId} finns inte i katalogen.", statusCode: 422, title: "Okänd mottagare");
            }
            var target = choice.SystemOn(recipient, state.Today); // rule 2: the recipient's system today
            db.RoutedMessages.Add(Accept(message, target, state));
            if (state.IsOn(KnownFaults.DuplicateMessages))
            {
                // Fault: a second copy under another id, so that the receiver cannot tell it is the same notice.
                db.RoutedMessages.Add(Accept(message with { MeddelandeId = message.MeddelandeId + "-kopia" }, target, state));
            }
            await db.SaveChangesAsync(ct);
            state.Work.Pulse();
            return Results.Accepted();
        });
        return app;
    }

    private static RoutedMessageRecord Accept(RoutedMessage message, string targetSystem, SimulationState state) => new()
    {
        SourceSystem = message.AvsandarSystem,
        SourceMessageId = message.MeddelandeId,
        TargetSystem = targetSystem,
        PayloadJson = JsonSerializer.Serialize(message, JsonSerializerOptions.Web),
        AcceptedAt = state.Clock.GetUtcNow().UtcDateTime,
        DueAt = DateTime.UtcNow + state.DeliveryDelay, // real time: moving the clock must not strand it
        // Fault: the sender sees the message as sent, but it never arrives.
        Dropped = state.IsOn(KnownFaults.DropMessages),
    };
}
