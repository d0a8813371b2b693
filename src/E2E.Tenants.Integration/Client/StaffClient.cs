using System.Net;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Integration.Client;

/// <summary>How a tenant asks the staff directory who someone is and which assignments they hold, over HTTP.</summary>
public sealed class StaffClient(HttpClient http)
{
    public async Task<IReadOnlyList<PersonDto>> PeopleAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<PersonDto>>("api/personal", ct) ?? [];

    /// <summary>The person with their assignments (system for today), or null when the directory does not know them.</summary>
    public async Task<PersonAssignmentsDto?> PersonAsync(string hsaId, CancellationToken ct = default)
    {
        using var response = await http.GetAsync($"api/personal/{Uri.EscapeDataString(hsaId)}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PersonAssignmentsDto>(ct);
    }
}
