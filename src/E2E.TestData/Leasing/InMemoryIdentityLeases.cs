namespace E2E.TestData.Leasing;

/// <summary>
/// Leases within one process only: for unit tests, and (as <see cref="Shared"/>) the default of a builder that was
/// given no store. Shards and concurrent runs need the shared file store.
/// </summary>
public sealed class InMemoryIdentityLeases(TimeProvider? clock = null) : IIdentityLeases
{
    public static readonly InMemoryIdentityLeases Shared = new();

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public bool TryLease(string identity, TimeSpan ttl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        var key = TestIdentities.Normalize(identity);
        var now = _clock.GetUtcNow();
        lock (_expiries)
        {
            if (_expiries.TryGetValue(key, out var expires) && expires > now) return false;
            _expiries[key] = now + ttl;
            return true;
        }
    }

    public void Release(string identity)
    {
        lock (_expiries) _expiries.Remove(TestIdentities.Normalize(identity));
    }

    public bool IsLeased(string identity)
    {
        lock (_expiries)
            return _expiries.TryGetValue(TestIdentities.Normalize(identity), out var expires) && expires > _clock.GetUtcNow();
    }
}
