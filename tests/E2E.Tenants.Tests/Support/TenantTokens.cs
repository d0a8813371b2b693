using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;

namespace E2E.Tenants.Tests.Support;

/// <summary>
/// Bearer tokens for tests, as the suite gets them: the API client's secret from the in-process start, acting as
/// the unit's demo user (from _sim/anvandare). Cached per system and unit; null when the system refuses the unit.
/// </summary>
public sealed class TenantTokens(SimulatedTenants tenants, HttpClient integration)
{
    private readonly ConcurrentDictionary<(string System, string Unit), string> tokens = new();
    private Dictionary<string, string> personByUnit = [];

    public async Task<string?> ForAsync(string system, string unitHsaId)
    {
        if (tokens.TryGetValue((system, unitHsaId), out var cached))
        {
            return cached;
        }
        var person = await PersonAtAsync(unitHsaId);
        using var response = system == "SAMSA" ? await RequestSamsaAsync(person, unitHsaId) : await RequestSamvyAsync(person, unitHsaId);
        var token = response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(system == "SAMSA" ? "accessToken" : "access_token").GetString()
            : null;
        if (token is not null)
        {
            tokens[(system, unitHsaId)] = token; // a refusal is not cached: the unit may move system later
        }
        return token;
    }

    /// <summary>A restarted tenant forgets its tokens; the next call asks for a new one.</summary>
    public void Forget(string system, string unitHsaId) => tokens.TryRemove((system, unitHsaId), out _);

    public async Task<HttpResponseMessage> RequestSamsaAsync(string person, string unit, string? secret = null)
    {
        using var http = new HttpClient { BaseAddress = tenants.SamsaUrl };
        return await http.PostAsJsonAsync("api/token", new
        {
            clientId = tenants.SamsaClient.ClientId, clientSecret = secret ?? tenants.SamsaClient.ClientSecret, personHsaId = person, enhetHsaId = unit,
        });
    }

    public async Task<HttpResponseMessage> RequestSamvyAsync(string person, string unit, string? secret = null)
    {
        using var http = new HttpClient { BaseAddress = tenants.SamvyUrl };
        return await http.PostAsync("oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = tenants.SamvyClient.ClientId,
            ["client_secret"] = secret ?? tenants.SamvyClient.ClientSecret, ["person"] = person, ["enhet"] = unit,
        }));
    }

    /// <summary>The person HSA-id of the unit's demo user (its first member of staff).</summary>
    public async Task<string> PersonAtAsync(string unitHsaId)
    {
        if (!personByUnit.TryGetValue(unitHsaId, out var person))
        {
            var users = await integration.GetFromJsonAsync<JsonElement[]>("_sim/anvandare") ?? [];
            personByUnit = users.ToDictionary(u => u.GetProperty("enhetHsaId").GetString()!, u => u.GetProperty("personHsaId").GetString()!);
            person = personByUnit.GetValueOrDefault(unitHsaId) ?? throw new InvalidOperationException($"Ingen demoanvändare för {unitHsaId}.");
        }
        return person;
    }
}
