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

    /// <summary>Switches a named fault on or off in the running tenants (a scenario tagged @kräver:fel).</summary>
    public async Task SwitchFaultAsync(string fault, bool on)
    {
        EnsureSimulated();
        var path = $"_sim/faults/{Uri.EscapeDataString(fault)}";
        var response = on ? await http.Integration.PutAsync(path, null) : await http.Integration.DeleteAsync(path);
        await response.EnsureSuccessAsync($"slå {(on ? "på" : "av")} felet {fault} i de simulerade tenanterna");
    }

    /// <summary>The simulated clock as all three apps read it (_sim/klocka).</summary>
    public sealed record ClockReading(DateTimeOffset Nu, DateOnly Idag, bool Flyttad);

    public async Task<ClockReading> GetClockAsync()
    {
        EnsureSimulated();
        var response = await http.Integration.GetAsync("_sim/klocka");
        await response.EnsureSuccessAsync("läsa de simulerade tenanternas klocka");
        return await response.Content.ReadFromJsonAsync<ClockReading>(TenantHttpClients.Json)
               ?? throw new InvalidOperationException("De simulerade tenanternas klocka svarade utan innehåll.");
    }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        EnsureSimulated();
        var response = await http.Integration.PutAsJsonAsync("_sim/klocka", new { nu = now }, TenantHttpClients.Json);
        await response.EnsureSuccessAsync($"ställa de simulerade tenanternas klocka på {now:yyyy-MM-dd HH:mm zzz}");
    }

    /// <summary>
    /// Empties both tenants back to their seed, with the faults and clock they were started with (_sim/reset): what
    /// a scenario that decommissions SAMSA needs before and after, as nothing else can undo it.
    /// </summary>
    public async Task ResetAsync()
    {
        EnsureSimulated();
        var response = await http.Integration.PostAsync("_sim/reset", null);
        await response.EnsureSuccessAsync("återställa de simulerade tenanterna");
    }

    private void EnsureSimulated()
    {
        if (!http.Endpoints.IsSimulated)
            throw new InvalidOperationException(
                "Testgränssnittet _sim finns bara i de simulerade tenanterna; miljön pekar på riktiga testtenanter.");
    }
}
