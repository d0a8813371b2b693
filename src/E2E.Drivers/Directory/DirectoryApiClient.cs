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

    /// <summary>The systemval rule set in force (api/regelverk): how Samvy shows a unit still waiting for its live-from date.</summary>
    public async Task<SystemChoiceRules> GetSystemChoiceRulesAsync()
    {
        var response = await http.Integration.GetAsync("api/regelverk");
        await response.EnsureSuccessAsync("läsa regelverket för systemval");
        return (await response.Content.ReadFromJsonAsync<RuleSets>(TenantHttpClients.Json))?.Systemval
               ?? throw new InvalidOperationException("Integrationen svarade utan regelverk för systemval.");
    }

    private sealed record RuleSets(SystemChoiceRules Systemval);

    public async Task<UnitInfo?> GetUnitAsync(string hsaId, DateOnly? date = null)
    {
        var query = date is null ? "" : $"?datum={date:yyyy-MM-dd}";
        var response = await http.Integration.GetAsync($"api/enheter/{Uri.EscapeDataString(hsaId)}{query}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await response.EnsureSuccessAsync($"slå upp enheten {hsaId} i enhetskatalogen");
        return await response.Content.ReadFromJsonAsync<UnitInfo>(TenantHttpClients.Json);
    }
}
