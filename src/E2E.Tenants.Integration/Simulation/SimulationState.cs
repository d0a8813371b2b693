using System.Collections.Concurrent;

namespace E2E.Tenants.Integration.Simulation;

/// <summary>
/// State shared in-process by the three simulated apps of one start: faults, clock, delivery settings and the
/// reset hooks of each tenant. One instance per start, never static, so several starts can run side by side.
/// </summary>
public sealed class SimulationState(IEnumerable<string> startupFaults, TimeSpan deliveryDelay)
{
    private readonly string[] startupFaults = [.. startupFaults.Distinct(StringComparer.Ordinal)];
    private readonly ConcurrentDictionary<string, bool> faults =
        new(startupFaults.Select(f => KeyValuePair.Create(f, true)), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<CancellationToken, Task>> resetHooks = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    // tappa-forsta-meddelandet: armed at start and each time the fault is switched on, spent by the first message.
    private int firstDropArmed = startupFaults.Contains(KnownFaults.DropFirstMessage, StringComparer.Ordinal) ? 1 : 0;

    public TimeSpan DeliveryDelay { get; } = deliveryDelay;

    /// <summary>The largest attachment either tenant accepts (see Attachments/AttachmentPolicy).</summary>
    public long MaxAttachmentBytes { get; init; } = Attachments.AttachmentPolicy.DefaultMaxBytes;
    public SimulatedClock Clock { get; } = new();

    /// <summary>"Now" at start and after every reset (tests and scenarios fix it, E2E_NOW); null means real time.</summary>
    public DateTimeOffset? StartNow { get; init; }
    public WorkSignal Work { get; } = new();

    /// <summary>The requests to the test-only API of this start (see <see cref="SimulationRequestLog"/>).</summary>
    public SimulationRequestLog Requests { get; } = new();

    /// <summary>The API client secrets of this start (drawn at random; see Access/ApiClientSecrets).</summary>
    public Access.ApiClientSecrets ApiClients { get; } = new();
    public DateOnly Today => DateOnly.FromDateTime(SwedishTime.Now(Clock).DateTime);

    /// <summary>Where the integration delivers to; known only once the tenants have bound their ports.</summary>
    public Uri? SamsaUrl { get; set; }
    public Uri? SamvyUrl { get; set; }

    public IReadOnlyList<string> ActiveFaults => [.. faults.Keys.Order(StringComparer.Ordinal)];
    public bool IsOn(string fault) => faults.ContainsKey(fault);
    public void SwitchOn(string fault)
    {
        if (faults.TryAdd(fault, true) && fault == KnownFaults.DropFirstMessage) Volatile.Write(ref firstDropArmed, 1);
    }

    /// <summary>
    /// Whether this message is the one tappa-forsta-meddelandet drops: true once per switch-on. A reset restores the
    /// startup faults but does not arm it again, so a retried scenario gets its message through.
    /// </summary>
    public bool TakeFirstDrop() => IsOn(KnownFaults.DropFirstMessage) && Interlocked.Exchange(ref firstDropArmed, 0) == 1;
    public void SwitchOff(string fault) => faults.TryRemove(fault, out _);

    /// <summary>A reset returns to the faults given at start (so a whole run can be made to fail on purpose).</summary>
    public void RestoreStartupFaults()
    {
        faults.Clear();
        foreach (var fault in startupFaults)
        {
            faults[fault] = true;
        }
    }

    /// <summary>A reset returns the clock to the "now" given at start, or to real time when none was given.</summary>
    public void RestoreStartClock()
    {
        if (StartNow is { } now) Clock.SetNow(now);
        else Clock.Restore();
    }

    /// <summary>Registers a tenant's reset; a tenant started again (after a restart) replaces its earlier hook.</summary>
    public void OnReset(string tenant, Func<CancellationToken, Task> hook) => resetHooks[tenant] = hook;

    /// <summary>
    /// Held by a reset and by each round of the outbox and delivery workers, so that no message picked up before
    /// a reset is delivered after it (it would leak into the next scenario).
    /// </summary>
    public async Task<IDisposable> ExclusiveAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    public async Task ResetTenantsAsync(CancellationToken ct)
    {
        foreach (var hook in resetHooks.Values)
        {
            await hook(ct);
        }
    }
}
