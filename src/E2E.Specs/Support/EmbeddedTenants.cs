using E2E.Core.Settings;
using E2E.Core.Time;
using E2E.Tenants.Host;

namespace E2E.Specs.Support;

/// <summary>
/// The one file of the suite that knows the simulated tenants' code: it starts them in-process for environments
/// with "embeddedTenants": true, their clock at the run's "now" (E2E_NOW, else the real time). Everything else
/// reaches them over HTTP and the browser, as it would real tenants.
/// </summary>
internal static class EmbeddedTenants
{
    public const string FaultsVariable = "E2E_TENANT_FAULTS";
    private static SimulatedTenants? _tenants;

    public static async Task<TenantEndpoints> StartAsync()
    {
        _tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Faults = FaultsFromEnvironment(), Now = SuiteNow.Value });
        return new TenantEndpoints(
            TenantEndpoints.WithTrailingSlash(_tenants.SamsaUrl.ToString()),
            TenantEndpoints.WithTrailingSlash(_tenants.SamvyUrl.ToString()),
            TenantEndpoints.WithTrailingSlash(_tenants.IntegrationUrl.ToString()),
            IsSimulated: true)
        {
            // Secrets drawn at this start, handed over in-process: never written to a file or the environment.
            Credentials = new ApiCredentials(Client(_tenants.SamsaClient), Client(_tenants.SamvyClient)),
        };
    }

    private static ApiClient Client(ApiClientCredentials client) => new(client.ClientId, new Secret(client.ClientSecret));

    public static async Task StopAsync()
    {
        if (_tenants is not null) await _tenants.DisposeAsync();
        _tenants = null;
    }

    // Faults switched on for the whole run, e.g. E2E_TENANT_FAULTS=tappa-meddelanden (proves the suite catches it).
    private static string[] FaultsFromEnvironment() =>
        (Environment.GetEnvironmentVariable(FaultsVariable) ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
