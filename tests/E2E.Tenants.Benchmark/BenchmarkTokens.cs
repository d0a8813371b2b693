using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Organisation;
using E2E.Tenants.Host;

namespace E2E.Tenants.Benchmark;

/// <summary>Bearer tokens as the unit's first member of staff, with the secrets the tenants drew at this start.</summary>
public static class BenchmarkTokens
{
    public static async Task<AuthenticationHeaderValue> SamsaAsync(HttpClient http, SimulatedTenants tenants, string unit)
    {
        using var response = await http.PostAsJsonAsync(new Uri(tenants.SamsaUrl, "api/token"), new
        {
            clientId = tenants.SamsaClient.ClientId, clientSecret = tenants.SamsaClient.ClientSecret,
            personHsaId = StaffCatalogue.FirstAt(unit).HsaId, enhetHsaId = unit,
        });
        return Bearer((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken"));
    }

    public static async Task<AuthenticationHeaderValue> SamvyAsync(HttpClient http, SimulatedTenants tenants, string unit)
    {
        using var response = await http.PostAsync(new Uri(tenants.SamvyUrl, "oauth/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = tenants.SamvyClient.ClientId,
            ["client_secret"] = tenants.SamvyClient.ClientSecret, ["person"] = StaffCatalogue.FirstAt(unit).HsaId, ["enhet"] = unit,
        }));
        return Bearer((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token"));
    }

    /// <summary>A request carrying the token, for HttpClient.SendAsync.</summary>
    public static HttpRequestMessage With(this HttpRequestMessage request, AuthenticationHeaderValue token)
    {
        request.Headers.Authorization = token;
        return request;
    }

    private static AuthenticationHeaderValue Bearer(JsonElement token) => new("Bearer", token.GetString());
}
