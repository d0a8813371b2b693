using System.Net.Http.Json;
using E2E.Drivers.Http;

namespace E2E.Drivers.Payment;

/// <summary>
/// The integration's monthly follow-up per municipality (api/uppfoljning), built from both systems' data. No person
/// computes it by hand, so the suite reads it through the API and the report shows the request.
/// </summary>
public sealed class FollowUpApiClient(TenantHttpClients http)
{
    public sealed record MunicipalityFollowUp(string Kommun, int UtskrivningsklaraPatienter, int Utskrivna, int DagarTillUtskrivning, decimal? GenomsnittDagar);

    public sealed record FollowUpResult(string Manad, List<MunicipalityFollowUp> Kommuner);

    public async Task<(FollowUpResult Result, string Request)> GetAsync(int year, int month, string municipality)
    {
        var request = $"api/uppfoljning?manad={year:0000}-{month:00}&kommun={Uri.EscapeDataString(municipality)}";
        var response = await http.Integration.GetAsync(request);
        await response.EnsureSuccessAsync($"hämta månadsuppföljningen för {municipality} {year}-{month:00}");
        var result = await response.Content.ReadFromJsonAsync<FollowUpResult>(TenantHttpClients.Json)
                     ?? throw new InvalidOperationException("Integrationen svarade utan månadsuppföljning.");
        return (result, "GET " + request);
    }
}
