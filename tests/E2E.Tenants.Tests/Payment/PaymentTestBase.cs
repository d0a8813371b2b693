using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;

namespace E2E.Tenants.Tests.Payment;

/// <summary>The tenants plus Samvy's root address (its export is not under fhir/) and the integration's payment API.</summary>
public abstract class PaymentTestBase : TenantsTestBase
{
    protected HttpClient SamvyRoot { get; private set; } = null!;

    [OneTimeSetUp]
    public void OpenSamvyRoot() => SamvyRoot = new HttpClient { BaseAddress = Tenants.SamvyUrl };

    [OneTimeTearDown]
    public void CloseSamvyRoot() => SamvyRoot.Dispose();

    protected Task<JsonElement> PaymentAsync(string query = "manad=2026-03") =>
        Integration.GetFromJsonAsync<JsonElement>($"api/betalning?{query}");

    protected Task<JsonElement> FollowUpAsync(string query = "manad=2026-03") =>
        Integration.GetFromJsonAsync<JsonElement>($"api/uppfoljning?{query}");


    protected static JsonElement Lerum(JsonElement result) =>
        result.GetProperty("kommuner").EnumerateArray().Single(k => k.GetProperty("kommun").GetString() == PaymentBasisSeeding.Lerum);
}
