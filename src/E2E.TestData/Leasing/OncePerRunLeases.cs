namespace E2E.TestData.Leasing;

/// <summary>
/// Hands each identity out at most once per run, while leasing it from the shared store. A released identity is
/// free for other runs, but this run never gives it to a second scenario: its first scenario's data (stays,
/// notices) is still in the tenants, and a second patient with that number would find it there.
/// </summary>
public sealed class OncePerRunLeases(IIdentityLeases store) : IIdentityLeases
{
    private readonly HashSet<string> _handedOut = new(StringComparer.Ordinal);

    public bool TryLease(string identity, TimeSpan ttl)
    {
        var key = TestIdentities.Normalize(identity);
        lock (_handedOut)
        {
            if (_handedOut.Contains(key) || !store.TryLease(identity, ttl)) return false;
            _handedOut.Add(key);
            return true;
        }
    }

    public void Release(string identity) => store.Release(identity);
}
