using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Outbox;

/// <summary>
/// Hands outbox items to the integration in order. At-least-once: an item is marked only after the
/// integration accepted it, and the integration ignores a repeat, so nothing is lost or doubled.
/// </summary>
public sealed class OutboxDispatcher<TDb>(IServiceScopeFactory scopes, SimulationState sim, ILogger<OutboxDispatcher<TDb>> log)
    : BackgroundService where TDb : DbContext
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkerLoop.RunAsync(sim, DispatchPendingAsync, log, stoppingToken);

    private async Task<TimeSpan> DispatchPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var integration = scope.ServiceProvider.GetRequiredService<IntegrationClient>();
        var pending = await db.Set<OutboxItem>().Where(x => x.DispatchedAt == null).OrderBy(x => x.Id).Take(20).ToListAsync(ct);
        foreach (var item in pending)
        {
            try
            {
                await integration.HandOverAsync(item.Kind, item.PayloadJson, ct);
                item.DispatchedAt = sim.Clock.GetUtcNow().UtcDateTime;
            }
            catch (HttpRequestException ex)
            {
                // Kept for the next round; one refused item must not hold up the others.
                item.Attempts++;
                log.LogInformation(ex, "Utkorgen kunde inte lämna över meddelande {Id}.", item.MessageId);
            }
            await db.SaveChangesAsync(ct);
        }
        return WorkerLoop.Idle;
    }
}
