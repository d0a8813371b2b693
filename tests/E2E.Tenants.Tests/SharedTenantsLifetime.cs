using E2E.Tenants.Tests.Support;

namespace E2E.Tenants.Tests;

/// <summary>Stops the shared tenants once every fixture of the assembly has run (the root namespace's set-up fixture).</summary>
[SetUpFixture]
public sealed class SharedTenantsLifetime
{
    [OneTimeTearDown]
    public Task StopSharedTenants() => SharedTenants.StopAsync();
}
