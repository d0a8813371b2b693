using System.Text.Json;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>
/// Test-only view of what the integration carries: waiting, delivered or dropped. Lets a scenario or a person
/// see where a message is, e.g. held during an outage, without guessing from inboxes.
/// </summary>
public static class RoutingLogEndpoints
{
    public sealed record RoutedMessageView(
        long Id, string MeddelandeId, string Fran, string Till, string MottagareHsaId, string Status,
        DateTimeOffset Accepterad, DateTimeOffset? Levererad, int Forsok);

    public static RouteGroupBuilder MapRoutingLog(this RouteGroupBuilder sim)
    {
        sim.MapGet("meddelanden", async (IntegrationDb db, CancellationToken ct) =>
        {
            var records = await db.RoutedMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
            return Results.Ok(records.Select(View));
        });
        return sim;
    }

    private static RoutedMessageView View(RoutedMessageRecord m)
    {
        var message = JsonSerializer.Deserialize<RoutedMessage>(m.PayloadJson, JsonSerializerOptions.Web)!;
        var status = m.Dropped ? "tappad" : m.DeliveredAt is null ? "väntar" : "levererad";
        return new RoutedMessageView(
            m.Id, m.SourceMessageId, m.SourceSystem, m.TargetSystem, message.MottagareHsaId, status,
            SwedishTime.ToSwedish(m.AcceptedAt), m.DeliveredAt is { } at ? SwedishTime.ToSwedish(at) : null, m.Attempts);
    }
}
