using E2E.Tenants.Host;

namespace E2E.Tenants.Tests.Support;

/// <summary>One start of the tenants per fixture, reset before every test, reached only over HTTP.</summary>
public abstract class TenantsTestBase
{
    protected SimulatedTenants Tenants { get; private set; } = null!;
    protected HttpClient Integration { get; private set; } = null!;
    protected SamsaApi Samsa { get; private set; } = null!;
    protected SamvyFhir Samvy { get; private set; } = null!;
    protected TenantTokens Tokens { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartTenants()
    {
        Tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions());
        Integration = new HttpClient { BaseAddress = Tenants.IntegrationUrl };
        Tokens = new TenantTokens(Tenants, Integration);
        // The API clients act as the unit each request concerns (see ActingUnitHandler), with real bearer tokens.
        Samsa = new SamsaApi(new HttpClient(new ActingUnitHandler("SAMSA", Units.Avd51Sahlgrenska, Tokens)) { BaseAddress = Tenants.SamsaUrl });
        Samvy = new SamvyFhir(new HttpClient(new ActingUnitHandler("Samvy", Units.Avd32Nal, Tokens)) { BaseAddress = new Uri(Tenants.SamvyUrl, "fhir/") });
    }

    [SetUp]
    public async Task Reset()
    {
        using var response = await Integration.PostAsync("_sim/reset", null);
        response.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopTenants()
    {
        Integration.Dispose();
        Samsa.Dispose();
        Samvy.Dispose();
        await Tenants.DisposeAsync();
    }
}
