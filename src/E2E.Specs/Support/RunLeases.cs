using System.Collections.Concurrent;
using E2E.Core.Settings;
using E2E.TestData.Leasing;

namespace E2E.Specs.Support;

/// <summary>
/// The run's identity leases, shared with every other run against the same tenants (see IdentityLeaseStore), each
/// identity at most once per run. Each scenario gets its own <see cref="ScenarioLeases"/> so [AfterScenario] gives
/// back exactly its patients.
/// </summary>
public static class RunLeases
{
    private static readonly ConcurrentDictionary<string, OncePerRunLeases> Runs = new(StringComparer.Ordinal);

    /// <summary>Keyed on SAMSA's address: the patients of one test environment live in both tenants alike.</summary>
    public static ScenarioLeases ForScenario(TenantEndpoints endpoints)
    {
        var store = IdentityLeaseStore.ForTenant(endpoints.Samsa);
        return new(Runs.GetOrAdd(store.Directory, _ => new OncePerRunLeases(store)));
    }
}
