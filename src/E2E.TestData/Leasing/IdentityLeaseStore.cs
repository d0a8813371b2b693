using System.Collections.Concurrent;

namespace E2E.TestData.Leasing;

/// <summary>
/// Where a run keeps its leases: E2E_LEASE_DIR if set (e.g. a folder shared by CI agents), else a folder under the
/// temp directory named after the tenant's host and port, so every run against one tenant from this machine shares it.
/// </summary>
public static class IdentityLeaseStore
{
    public const string DirectoryVariable = "E2E_LEASE_DIR";

    private static readonly ConcurrentDictionary<string, FileIdentityLeases> Stores = new(StringComparer.Ordinal);

    /// <summary>One store per directory and process, so the whole run leases as one owner.</summary>
    public static FileIdentityLeases ForTenant(Uri tenantBaseUrl)
    {
        var directory = Path.GetFullPath(DirectoryFor(tenantBaseUrl));
        return Stores.GetOrAdd(directory, d => new FileIdentityLeases(d));
    }

    public static string DirectoryFor(Uri tenantBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(tenantBaseUrl);
        var root = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(root)) return Path.Combine(root, TenantFolder(tenantBaseUrl));
        return Path.Combine(Path.GetTempPath(), "e2e-leases", TenantFolder(tenantBaseUrl));
    }

    // "https://samsa-test.vgregion.se:8443/" → "samsa-test.vgregion.se_8443"
    private static string TenantFolder(Uri url) =>
        new([.. $"{url.Host}_{url.Port}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')]);
}
