using System.Collections.Concurrent;
using E2E.Core.Settings;
using E2E.Organisation;

namespace E2E.Drivers.Reachability;

/// <summary>
/// For the whole run: which system an address belongs to, and which systems a scenario has taken down on purpose (P11).
/// A system down on purpose answers 503 as the product does during an outage, and that answer is left to the scenario's
/// checks; any other "no answer" or "unavailable" is an environment failure. A global registry is exact here, because a
/// scenario that takes a system down runs alone (@kräver:fel).
/// </summary>
public sealed class TenantReachability(TenantEndpoints endpoints, string environment)
{
    public const string Integration = "Integrationen";

    private readonly ConcurrentDictionary<string, bool> _downOnPurpose = new(StringComparer.Ordinal);

    /// <summary>The run's reachability, for page objects that only know their page (set when the run starts).</summary>
    public static TenantReachability? Run { get; set; }

    public string Environment => environment;

    public void TakenDownOnPurpose(CareSystem system) => _downOnPurpose[system.Display()] = true;

    public void BackOnPurpose(CareSystem system) => _downOnPurpose.TryRemove(system.Display(), out _);

    /// <summary>The system an address belongs to (same scheme, host and port as its base address), or null.</summary>
    public string? SystemOf(Uri address) =>
        !address.IsAbsoluteUri ? null
        : SameAuthority(address, endpoints.Samsa) ? CareSystem.Samsa.Display()
        : SameAuthority(address, endpoints.Samvy) ? CareSystem.Samvy.Display()
        : SameAuthority(address, endpoints.Integration) ? Integration
        : null;

    /// <summary>The environment failure for this address, or null when the address is no tenant's or its system is down on purpose.</summary>
    public TenantUnreachableException? Failure(Uri address, string whatHappened, Exception? inner = null) =>
        SystemOf(address) is { } system && !_downOnPurpose.ContainsKey(system)
            ? new TenantUnreachableException(system, environment, address, whatHappened, inner)
            : null;

    private static bool SameAuthority(Uri address, Uri baseAddress) =>
        string.Equals(address.Scheme, baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(address.Host, baseAddress.Host, StringComparison.OrdinalIgnoreCase)
        && address.Port == baseAddress.Port;
}
