using E2E.Tenants.Host;

namespace E2E.Tenants.Tests.Support;

/// <summary>
/// The simulated tenants that every <see cref="TenantsTestBase"/> fixture shares: started once, at the tests' "now",
/// on first use, and stopped after the last fixture (<see cref="SharedTenantsLifetime"/>). A start costs far more than a
/// reset, and each test resets before it runs, so sharing changes nothing a test can see. Fixtures run one after another
/// (the assembly is not parallel), so no two fixtures use them at once.
/// </summary>
public static class SharedTenants
{
    private static Task<SimulatedTenants>? started;

    public static Task<SimulatedTenants> GetAsync() => started ??= SimulatedTenants.StartAsync(TestClock.Options());

    internal static async Task StopAsync()
    {
        if (started is null) return;
        var tenants = await started;
        started = null;
        await tenants.DisposeAsync();
    }
}
