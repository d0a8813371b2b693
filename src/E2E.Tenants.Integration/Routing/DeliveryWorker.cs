using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>
/// Delivers accepted messages to the recipient's system once due. A message is marked delivered only after the
/// receiving system answered; receivers ignore a repeated message id, so a retry never doubles a message.
/// </summary>
public sealed class DeliveryWorker(IServiceScopeFactory scopes, IHttpClientFactory http, SimulationState state, ILogger<DeliveryWorker> log)
    : BackgroundService
{
    public const string HttpClientName = "leverans";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkerLoop.RunAsync(state, DeliverDueAsync, log, stoppingToken);

    /// <summary>Delivers what is due; returns how long until the next message falls due.</summary>
    private async Task<TimeSpan> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationDb>();
        var now = DateTime.UtcNow; // delays run on real time, whatever the simulated clock says
        var due = await db.RoutedMessages
            .Where(m => m.DeliveredAt == null && !m.Dropped && m.DueAt <= now)
            // Fewest attempts first: messages a system keeps refusing (a decommissioned SAMSA answers 423 for good)
            // must not fill every round and starve the rest. Receivers are order-tolerant (idempotent, final states stick).
            .OrderBy(m => m.Attempts).ThenBy(m => m.Id).Take(20).ToListAsync(ct);
        var failed = false;
        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, ct);
                message.DeliveredAt = state.Clock.GetUtcNow().UtcDateTime;
                ReserveRoutine.AfterDelivery(db, message, state);
            }
            catch (HttpRequestException ex)
            {
                // One unreachable inbox must not hold up the others; this one is retried on the next round.
                (message.Attempts, failed) = (message.Attempts + 1, true);
                ReserveRoutine.TakeOver(message, state);
                // Expected while a system is down: not worth a warning on every retry.
                log.LogInformation(ex, "Meddelande {Id} kunde inte levereras till {System}.", message.Id, message.TargetSystem);
            }
            await db.SaveChangesAsync(ct);
        }
        var next = await db.RoutedMessages.Where(m => m.DeliveredAt == null && !m.Dropped)
            .OrderBy(m => m.DueAt).Select(m => (DateTime?)m.DueAt).FirstOrDefaultAsync(ct);
        // After a failed delivery, retry at the idle pace rather than in a tight loop.
        return next is { } at && !failed ? at - DateTime.UtcNow : WorkerLoop.Idle;
    }

    private async Task DeliverAsync(RoutedMessageRecord message, CancellationToken ct)
    {
        using var content = new StringContent(ReserveRoutine.PayloadOf(message), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.CreateClient(HttpClientName).PostAsync(InboxFor(message.TargetSystem, message.Kind), content, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Each system's inbound endpoint: messages land in an inbox, receipts update the sender's copy, links re-file.</summary>
    private Uri InboxFor(string system, string kind)
    {
        var path = RoutedKinds.Route(kind);
        return system == SystemNames.Samvy
            ? new Uri(state.SamvyUrl ?? throw new InvalidOperationException("Samvy har inte startat."), $"integration/{path}")
            : new Uri(state.SamsaUrl ?? throw new InvalidOperationException("SAMSA har inte startat."), $"api/integration/{path}");
    }
}
