using E2E.Tenants.Host;

namespace E2E.Tenants.Tests.Support;

/// <summary>
/// The integration, SAMSA and Samvy clients of one start of the tenants; SAMSA and Samvy act as the unit each request
/// concerns (see <see cref="ActingUnitHandler"/>), with real bearer tokens.
/// </summary>
public sealed class TenantApiClients : IDisposable
{
    public TenantApiClients(SimulatedTenants tenants)
    {
        Integration = new HttpClient { BaseAddress = tenants.IntegrationUrl };
        Tokens = new TenantTokens(tenants, Integration);
        Samsa = new SamsaApi(new HttpClient(new ActingUnitHandler("SAMSA", Units.Avd51Sahlgrenska, Tokens)) { BaseAddress = tenants.SamsaUrl });
        Samvy = new SamvyFhir(new HttpClient(new ActingUnitHandler("Samvy", Units.Avd32Nal, Tokens)) { BaseAddress = new Uri(tenants.SamvyUrl, "fhir/") });
    }

    public HttpClient Integration { get; }
    public TenantTokens Tokens { get; }
    public SamsaApi Samsa { get; }
    public SamvyFhir Samvy { get; }

    public void Dispose()
    {
        Integration.Dispose();
        Samsa.Dispose();
        Samvy.Dispose();
    }
}
