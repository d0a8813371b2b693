using System.Globalization;
using System.Net;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Integration.Client;

/// <summary>How a tenant reaches the integration: over HTTP, as a real tenant would.</summary>
public sealed class IntegrationClient(HttpClient http)
{
    public async Task<IReadOnlyList<UnitDto>> UnitsAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<UnitDto>>("api/enheter", ct) ?? [];

    public async Task<UnitDto?> UnitAsync(string hsaId, DateOnly date, CancellationToken ct = default)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await http.GetAsync($"api/enheter/{Uri.EscapeDataString(hsaId)}?datum={day}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<UnitDto>(ct);
    }

    /// <summary>The inboxes the system's recipient picker offers today, each unit once (api/mottagarval).</summary>
    public async Task<IReadOnlyList<RecipientDto>> RecipientsAsync(string pickerSystem, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<RecipientDto>>($"api/mottagarval/{pickerSystem}", ct) ?? [];

    /// <summary>One unit's entry in the system's picker today; null when the system may not offer it.</summary>
    public async Task<RecipientDto?> RecipientAsync(string pickerSystem, string hsaId, CancellationToken ct = default)
    {
        using var response = await http.GetAsync($"api/mottagarval/{pickerSystem}/{Uri.EscapeDataString(hsaId)}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<RecipientDto>(ct);
    }

    public async Task<IReadOnlyList<DemoUserDto>> DemoUsersAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<DemoUserDto>>("_sim/anvandare", ct) ?? [];

    /// <summary>
    /// Hands an outbox item (message or receipt, as JSON) to the integration; safe to repeat (the integration
    /// de-duplicates by id).
    /// </summary>
    public async Task HandOverAsync(string kind, string payloadJson, CancellationToken ct = default)
    {
        using var content = new StringContent(payloadJson, System.Text.Encoding.UTF8, "application/json");
        var route = kind switch
        {
            Outbox.RoutedKinds.Receipt => "api/kvittenser",
            Outbox.RoutedKinds.Event => "api/handelser",
            _ => "api/meddelanden",
        };
        using var response = await http.PostAsync(route, content, ct);
        response.EnsureSuccessStatusCode();
    }
}
