namespace E2E.Tenants.Integration.Simulation;

/// <summary>
/// Wakes the outbox and delivery workers when there is new work, so they need not poll fast. A broadcast:
/// every waiter of the current round wakes; a pulse while a worker is busy wakes it straight after.
/// </summary>
public sealed class WorkSignal
{
    private TaskCompletionSource current = New();

    public Task Current => Volatile.Read(ref current).Task;

    public void Pulse() => Interlocked.Exchange(ref current, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The loop both kinds of worker run: a round under the reset gate, then sleep until woken or due.</summary>
public static class WorkerLoop
{
    /// <summary>The longest a worker sleeps without a signal: the safety net for retries.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);

    public static async Task RunAsync(SimulationState sim, Func<CancellationToken, Task<TimeSpan>> round, ILogger log, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var woken = sim.Work.Current; // taken before the round, so a pulse during it is not missed
            var wait = Idle;
            try
            {
                using (await sim.ExclusiveAsync(ct))
                {
                    wait = await round(ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Ett meddelande kunde inte föras vidare; försöker igen.");
            }
            await Task.WhenAny(woken, Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, ct)).ConfigureAwait(false);
        }
    }
}
