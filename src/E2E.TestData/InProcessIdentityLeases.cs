using E2E.TestData.Leasing;

namespace E2E.TestData;

/// <summary>
/// The default <see cref="IIdentityLeases"/>: this process only, leases last until released or the process ends
/// (the TTL is ignored). Enough for NUnit workers in one run; shards and concurrent runs need the shared store.
/// </summary>
public sealed class InProcessIdentityLeases : IIdentityLeases
{
    public static readonly InProcessIdentityLeases Instance = new();

    public bool TryLease(string identity, TimeSpan ttl) => IdentityReservations.TryReserve(identity);

    public void Release(string identity) => IdentityReservations.Release(identity);
}
