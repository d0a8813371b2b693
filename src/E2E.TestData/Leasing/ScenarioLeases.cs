namespace E2E.TestData.Leasing;

/// <summary>
/// One scenario's view of the run's leases: remembers what the scenario leased and gives it all back at the end
/// (the suite disposes it in [AfterScenario]). Pass it wherever an <see cref="IIdentityLeases"/> is wanted.
/// </summary>
public sealed class ScenarioLeases(IIdentityLeases store) : IIdentityLeases, IDisposable
{
    /// <summary>Long enough for any scenario; a crashed run's leases are free again after this.</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(30);

    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Held
    {
        get { lock (_held) return [.. _held]; }
    }

    public bool TryLease(string identity) => TryLease(identity, DefaultTtl);

    public bool TryLease(string identity, TimeSpan ttl)
    {
        if (!store.TryLease(identity, ttl)) return false;
        lock (_held) _held.Add(identity);
        return true;
    }

    public void Release(string identity)
    {
        lock (_held)
        {
            if (!_held.Remove(identity)) return; // not ours: never release another scenario's identity
        }
        store.Release(identity);
    }

    public void ReleaseAll()
    {
        foreach (var identity in Held) Release(identity);
    }

    public void Dispose() => ReleaseAll();
}
