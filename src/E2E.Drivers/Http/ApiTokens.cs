using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Core.Settings;
using E2E.Organisation;

namespace E2E.Drivers.Http;

/// <summary>
/// Bearer tokens for the systems' APIs, one per system and unit, acting as the unit's first member of staff (the
/// same person the login pages use). SAMSA: POST api/token (JSON); Samvy: POST oauth/token (OAuth form). Tokens
/// are reused until shortly before they expire; the client secret is only ever sent in a request body.
/// </summary>
public sealed class ApiTokens(TenantHttpClients http)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(CareSystem, string), (string Token, DateTimeOffset Until)> _tokens = new();

    /// <summary>A request to the system's API, acting for the unit.</summary>
    public async Task<HttpRequestMessage> RequestAsync(CareSystem system, string unitHsaId, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(system, unitHsaId));
        return request;
    }

    public async Task<string> TokenAsync(CareSystem system, string unitHsaId)
    {
        if (_tokens.TryGetValue((system, unitHsaId), out var cached) && cached.Until > DateTimeOffset.UtcNow) return cached.Token;
        var person = StaffCatalogue.FirstAt(unitHsaId).HsaId;
        using var response = await AskAsync(system, person, unitHsaId);
        await response.EnsureSuccessAsync($"hämta ett token i {system.Display()} för {person} på {unitHsaId}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty(system == CareSystem.Samsa ? "accessToken" : "access_token").GetString()!;
        var lifetime = TimeSpan.FromSeconds(body.GetProperty(system == CareSystem.Samsa ? "expiresIn" : "expires_in").GetInt32());
        _tokens[(system, unitHsaId)] = (token, DateTimeOffset.UtcNow + lifetime - Margin);
        return token;
    }

    /// <summary>
    /// Asks the system for a token for the person's assignment at the unit, and hands back the answer as it came:
    /// a token, or the system's refusal (P12 asserts on what it says).
    /// </summary>
    public async Task<HttpResponseMessage> AskAsync(CareSystem system, string personHsaId, string unitHsaId)
    {
        var client = (system == CareSystem.Samsa ? http.Endpoints.Credentials.Samsa : http.Endpoints.Credentials.Samvy)
            ?? throw new InvalidOperationException(
                $"Miljön saknar API-klient för {system.Display()}: ange credentials.{system.Display().ToLowerInvariant()}.clientId " +
                "och clientSecret i miljöfilen (hemligheten som ${MILJÖVARIABEL}).");
        return system == CareSystem.Samsa
            ? await http.Samsa.PostAsJsonAsync("api/token", new
            {
                clientId = client.ClientId, clientSecret = client.ClientSecret.Reveal(), personHsaId, enhetHsaId = unitHsaId,
            }, TenantHttpClients.Json)
            : await http.Samvy.PostAsync("oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = client.ClientId,
                ["client_secret"] = client.ClientSecret.Reveal(), ["person"] = personHsaId, ["enhet"] = unitHsaId,
            }));
    }
}
