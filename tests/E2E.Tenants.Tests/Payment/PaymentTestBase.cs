using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using static E2E.Tenants.Tests.Payment.PaymentBasisSeeding;

namespace E2E.Tenants.Tests.Payment;

/// <summary>
/// The tenants plus Samvy's root address (its export is not under fhir/) and the integration's payment API. The tests
/// speak of March 2026 (rules.md's worked example), so each test that seeds events of that month first sets the
/// tenants' clock after them (<see cref="AfterMarch2026"/>): what counts "up to today" then counts the whole month,
/// whatever the real date or E2E_NOW.
/// </summary>
public abstract class PaymentTestBase : TenantsTestBase
{
    /// <summary>The morning of 1 April 2026, Swedish summer time: the first day after the worked example's month.</summary>
    protected const string AfterMarch2026 = "2026-04-01T09:00:00+02:00";

    protected HttpClient SamvyRoot { get; private set; } = null!;

    [OneTimeSetUp]
    public void OpenSamvyRoot() => SamvyRoot = new HttpClient { BaseAddress = Tenants.SamvyUrl };

    [OneTimeTearDown]
    public void CloseSamvyRoot() => SamvyRoot.Dispose();

    /// <summary>Moves the tenants' clock (test-only API) to the instant, e.g. <see cref="AfterMarch2026"/>.</summary>
    protected async Task SetClockAsync(string now)
    {
        using var response = await Integration.PutAsJsonAsync("_sim/klocka", new { nu = now });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Sets the clock after March 2026, then seeds rules.md's worked example with a move: Anna on Avdelning 32 NÄL
    /// (Samvy), notices to Lerum (SAMSA), moved to Avdelning 51 Sahlgrenska (SAMSA) on Sunday 8 March, discharged there
    /// on Wednesday 11 March. Samvy holds the notices it sent and the move out; SAMSA the notices Lerum received, the
    /// move in and the discharge.
    /// </summary>
    protected async Task SeedMovedPatientAsync()
    {
        await SetClockAsync(AfterMarch2026);
        object[] notices =
        [
            Event("inskrivningsmeddelande", "2026-03-02T10:00:00+01:00"),
            Event("utskrivningsklar", "2026-03-06T10:00:00+01:00"),
            Event("flyttad", "2026-03-08T11:00:00+01:00"),
        ];
        await SamvyRoot.SeedAsync(notices);
        await Samsa.Http.SeedAsync([.. notices, Event("utskriven", "2026-03-11T14:00:00+01:00", Units.Avd51Sahlgrenska)]);
    }

    protected Task<JsonElement> PaymentAsync(string query = "manad=2026-03") =>
        Integration.GetFromJsonAsync<JsonElement>($"api/betalning?{query}");

    protected Task<JsonElement> FollowUpAsync(string query = "manad=2026-03") =>
        Integration.GetFromJsonAsync<JsonElement>($"api/uppfoljning?{query}");


    protected static JsonElement Lerum(JsonElement result) =>
        result.GetProperty("kommuner").EnumerateArray().Single(k => k.GetProperty("kommun").GetString() == PaymentBasisSeeding.Lerum);
}
