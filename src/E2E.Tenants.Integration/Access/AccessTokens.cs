using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// Opaque bearer tokens of one tenant (reference tokens: the tenant keeps what each stands for). A token of SAMSA
/// means nothing to Samvy, and a restart forgets them all, as a new start also draws new client secrets.
/// </summary>
public sealed class AccessTokens
{
    /// <summary>Real time, not the simulated clock: moving the clock days ahead must not log the suite out.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (StaffGrant Grant, DateTime ExpiresAt)> tokens = new(StringComparer.Ordinal);

    public string Issue(StaffGrant grant)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        tokens[token] = (grant, DateTime.UtcNow + Lifetime);
        return token;
    }

    public StaffGrant? Find(string token)
    {
        if (!tokens.TryGetValue(token, out var entry))
        {
            return null;
        }
        if (entry.ExpiresAt > DateTime.UtcNow)
        {
            return entry.Grant;
        }
        tokens.TryRemove(token, out _);
        return null;
    }
}
