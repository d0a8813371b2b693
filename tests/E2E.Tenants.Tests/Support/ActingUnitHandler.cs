using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace E2E.Tenants.Tests.Support;

/// <summary>
/// Lets a test call a tenant's API the way a user at the right unit would, without naming the unit each time: the
/// unit is set explicitly (<see cref="ActAs"/>), or read from the request (an inbox path, a FHIR recipient= search,
/// a Communication's sender, a SAMSA stay's ward), or else the system's default ward. A request that already
/// carries an Authorization header is sent as it is, so tests of the refusals stay in control.
/// </summary>
public sealed partial class ActingUnitHandler(string system, string defaultUnit, TenantTokens tokens) : DelegatingHandler(new HttpClientHandler())
{
    private static readonly HttpRequestOptionsKey<string> Unit = new("enhet");
    private readonly ConcurrentDictionary<string, string> wardOfStay = new();

    public static void ActAs(HttpRequestMessage request, string unitHsaId) => request.Options.Set(Unit, unitHsaId);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        if (request.Headers.Authorization is not null)
        {
            return await base.SendAsync(request, ct);
        }
        var unit = request.Options.TryGetValue(Unit, out var chosen) ? chosen : UnitOf(request, body) ?? defaultUnit;
        var response = await SendWithTokenAsync(request, unit, ct);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            // The tenant restarted and forgot its tokens: ask for a new one once (the content is buffered above).
            response.Dispose();
            tokens.Forget(system, unit);
            tokens.Forget(system, defaultUnit);
            response = await SendWithTokenAsync(request, unit, ct);
        }
        await RememberStayAsync(request, body, response, ct);
        return response;
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string unit, CancellationToken ct)
    {
        var token = await tokens.ForAsync(system, unit) ?? await tokens.ForAsync(system, defaultUnit);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, ct);
    }

    private string? UnitOf(HttpRequestMessage request, string? body)
    {
        var url = Uri.UnescapeDataString(request.RequestUri?.PathAndQuery ?? string.Empty);
        if (InboxPath().Match(url) is { Success: true } inbox) return inbox.Groups[1].Value;
        if (RecipientQuery().Match(url) is { Success: true } recipient) return recipient.Groups[1].Value;
        if (body is null || !body.TrimStart().StartsWith('{')) return null;
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return null; // a deliberately broken body: the default unit sends it
        }
        if (json.TryGetProperty("sender", out var sender) && sender.TryGetProperty("reference", out var reference))
            return reference.GetString()?.Replace("Organization/", string.Empty, StringComparison.Ordinal);
        return json.TryGetProperty("vardtillfalleId", out var stay) ? wardOfStay.GetValueOrDefault(stay.ToString()) : null;
    }

    // A SAMSA stay belongs to its ward: later messages about it are sent as that ward.
    private async Task RememberStayAsync(HttpRequestMessage request, string? body, HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode || body is null || request.RequestUri?.AbsolutePath.EndsWith("/api/vardtillfallen", StringComparison.Ordinal) != true)
            return;
        var ward = JsonDocument.Parse(body).RootElement.GetProperty("enhetHsaId").GetString();
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").ToString();
        if (ward is not null) wardOfStay[created] = ward;
    }

    [GeneratedRegex(@"api/inkorgar/([^/?]+)/")]
    private static partial Regex InboxPath();

    [GeneratedRegex(@"[?&]recipient=Organization/([^&]+)")]
    private static partial Regex RecipientQuery();
}
