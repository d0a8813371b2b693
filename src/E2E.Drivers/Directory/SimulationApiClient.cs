using System.Net.Http.Json;
using E2E.Drivers.Http;

namespace E2E.Drivers.Directory;

/// <summary>The test-only API (_sim/...) that exists only in the simulated tenants; never call it elsewhere.</summary>
public sealed class SimulationApiClient(TenantHttpClients http)
{
    public sealed record UnitUpsert(string HsaId, string Namn, string Typ, string Kommun, DateOnly? DriftsattFran);

    public async Task UpsertUnitAsync(UnitUpsert unit)
    {
        EnsureSimulated();
        var response = await http.Integration.PutAsJsonAsync("_sim/enheter", new[] { unit }, TenantHttpClients.Json);
        await response.EnsureSuccessAsync($"ändra enheten {unit.Namn} i den simulerade katalogen");
    }

    public async Task<IReadOnlyList<string>> GetFaultsAsync()
    {
        EnsureSimulated();
        return await http.Integration.GetFromJsonAsync<List<string>>("_sim/faults", TenantHttpClients.Json) ?? [];
    }

    private void EnsureSimulated()
    {
        if (!http.Endpoints.IsSimulated)
            throw new InvalidOperationException(
                "Testgränssnittet _sim finns bara i de simulerade tenanterna; miljön pekar på riktiga testtenanter.");
    }
}
