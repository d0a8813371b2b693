using System.Net.Http.Json;
using E2E.Drivers.Http;

namespace E2E.Drivers.Payment;

/// <summary>
/// The integration's combined payment calculation (api/betalning): both systems' payment basis, joined. No person
/// does this by hand, so the suite reads it through the API and says so in the report.
/// </summary>
public sealed class PaymentApiClient(TenantHttpClients http)
{
    public sealed record PatientPayment(string Personnummer, string[] System, DateOnly[] Dagar, int Betaldagar, decimal Belopp, string? Anmarkning);

    public sealed record MunicipalityPayment(string Kommun, int Betaldagar, decimal Belopp, List<PatientPayment> Patienter);

    public sealed record PaymentResult(string Regelverk, string Manad, int Betaldagar, decimal Belopp, List<MunicipalityPayment> Kommuner);

    /// <summary>The month's payment for one municipality under a rule set; also returns the request, for the report.</summary>
    public async Task<(PaymentResult Result, string Request)> GetAsync(int year, int month, string ruleSet, string municipality)
    {
        var request = $"api/betalning?manad={year:0000}-{month:00}&regelverk={Uri.EscapeDataString(ruleSet)}&kommun={Uri.EscapeDataString(municipality)}";
        var response = await http.Integration.GetAsync(request);
        await response.EnsureSuccessAsync($"hämta betalningsansvaret för {municipality} {year}-{month:00} ({ruleSet})");
        var result = await response.Content.ReadFromJsonAsync<PaymentResult>(TenantHttpClients.Json)
                     ?? throw new InvalidOperationException("Integrationen svarade utan betalningsberäkning.");
        return (result, "GET " + request);
    }
}
