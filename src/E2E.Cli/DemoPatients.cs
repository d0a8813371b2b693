using E2E.Core.Settings;
using E2E.Drivers.Http;
using E2E.Drivers.Samsa;
using E2E.Drivers.Samvy;
using E2E.Organisation;
using E2E.Tenants.Host;
using E2E.TestData;
using E2E.TestData.Leasing;

namespace E2E.Cli;

/// <summary>
/// Patients to explore with: neither product lets a ward admit a patient from its pages (admission happens in the
/// hospital's own systems), so the tenants command admits two test patients through the APIs, as the suite does:
/// one on avdelning 32 at NÄL (Samvy), one on avdelning 51 at Sahlgrenska (SAMSA), both living in Lerum.
/// </summary>
internal static class DemoPatients
{
    public static async Task<IReadOnlyList<string>> AdmitAsync(SimulatedTenants tenants, DateTimeOffset now)
    {
        var endpoints = new TenantEndpoints(tenants.SamsaUrl, tenants.SamvyUrl, tenants.IntegrationUrl, IsSimulated: true)
        {
            Credentials = new ApiCredentials(Client(tenants.SamsaClient), Client(tenants.SamvyClient)),
        };
        using var http = new TenantHttpClients(endpoints, new AllowedHostsGuard(["127.0.0.1"], "tenants"));
        var patients = new PatientBuilder(seed: 1977, new InMemoryIdentityLeases()) { Today = E2E.Core.Time.SwedishTime.DateOf(now) };
        var admittedAt = now.AddHours(-2); // the tenants' clock started at "now"

        var nal = UnitCatalogue.Find("avdelning 32 på NÄL");
        var inSamvy = patients.LivingIn("Lerums kommun").Build();
        var samvy = new SamvyFhirClient(http);
        await samvy.AdmitAsync(await samvy.CreatePatientAsync(inSamvy, nal.HsaId), nal.HsaId, admittedAt);

        var sahlgrenska = UnitCatalogue.Find("avdelning 51 på Sahlgrenska");
        var inSamsa = patients.LivingIn("Lerums kommun").Build();
        var samsa = new SamsaApiClient(http);
        await samsa.RegisterPatientAsync(inSamsa, sahlgrenska.HsaId);
        await samsa.AdmitAsync(inSamsa, sahlgrenska.HsaId, admittedAt);

        return [$"{inSamvy} på {nal.DisplayName} (Samvy)", $"{inSamsa} på {sahlgrenska.DisplayName} (SAMSA)"];
    }

    private static ApiClient Client(ApiClientCredentials client) => new(client.ClientId, new Secret(client.ClientSecret));
}
