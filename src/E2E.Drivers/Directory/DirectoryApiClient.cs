using System.Net;
using System.Net.Http.Json;
using E2E.Drivers.Http;

namespace E2E.Drivers.Directory;

/// <summary>The integration's directory API (api/enheter): which unit works in which system, and its inbox.</summary>
public sealed class DirectoryApiClient(TenantHttpClients http)
{
    public async Task<IReadOnlyList<UnitInfo>> GetUnitsAsync()
    {
        var response = await http.Integration.GetAsync("api/enheter");
        await response.EnsureSuccessAsync("läsa enhetskatalogen");
        return await response.Content.ReadFromJsonAsync<List<UnitInfo>>(TenantHttpClients.Json) ?? [];
    }

    public async Task<UnitInfo?> GetUnitAsync(string hsaId, DateOnly? date = null)
    {
        var query = date is null ? "" : $"?datum={date:yyyy-MM-dd}";
        var response = await http.Integration.GetAsync($"api/enheter/{Uri.EscapeDataString(hsaId)}{query}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await response.EnsureSuccessAsync($"slå upp enheten {hsaId} i enhetskatalogen");
        return await response.Content.ReadFromJsonAsync<UnitInfo>(TenantHttpClients.Json);
    }
}
