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
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (await sim.ExclusiveAsync(stoppingToken))
                {
                    await DispatchPendingAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Utkorgen kunde inte lämna över meddelanden; försöker igen.");
            }
            await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task DispatchPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var integration = scope.ServiceProvider.GetRequiredService<IntegrationClient>();
        var pending = await db.Set<OutboxItem>().Where(x => x.DispatchedAt == null).OrderBy(x => x.Id).Take(20).ToListAsync(ct);
        foreach (var item in pending)
        {
            item.Attempts++;
            await integration.SendAsync(item.Payload, ct);
            item.DispatchedAt = sim.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
    }
}
