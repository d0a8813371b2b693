namespace E2E.TestData.Leasing;

/// <summary>
/// Exclusive use of a test identity for a while, so no two running scenarios (NUnit workers, shards of one run,
/// or two runs against one tenant) get the same patient. A lease ends when released or when it expires.
/// </summary>
public interface IIdentityLeases
{
    /// <summary>True when the identity was free (or its lease had expired) and is now ours until <paramref name="ttl"/>.</summary>
    bool TryLease(string identity, TimeSpan ttl);

    void Release(string identity);
}
