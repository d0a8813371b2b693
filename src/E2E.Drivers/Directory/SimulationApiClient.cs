using System.Net.Http.Json;
using E2E.Core.Tags;
using E2E.Drivers.Http;

namespace E2E.Drivers.Directory;

/// <summary>The test-only API (_sim/...) that exists only in the simulated tenants; called only for a capability the environment declared.</summary>
public sealed class SimulationApiClient(TenantHttpClients http)
{
    public sealed record UnitUpsert(string HsaId, string Namn, string Typ, string Kommun, DateOnly? DriftsattFran);

    public async Task UpsertUnitAsync(UnitUpsert unit)
    {
        Require(CapabilityTags.Directory, $"ändra enheten {unit.Namn} i enhetskatalogen");
        var response = await http.Integration.PutAsJsonAsync("_sim/enheter", new[] { unit }, TenantHttpClients.Json);
        await response.EnsureSuccessAsync($"ändra enheten {unit.Namn} i den simulerade katalogen");
    }

    public async Task<IReadOnlyList<string>> GetFaultsAsync()
    {
        Require(CapabilityTags.Faults, "läsa vilka fel som är påslagna");
        return await http.Integration.GetFromJsonAsync<List<string>>("_sim/faults", TenantHttpClients.Json) ?? [];
    }

    /// <summary>Switches a named fault on or off in the running tenants (a scenario tagged @kräver:fel).</summary>
    public async Task SwitchFaultAsync(string fault, bool on)
    {
        Require(CapabilityTags.Faults, $"slå {(on ? "på" : "av")} felet {fault}");
        var path = $"_sim/faults/{Uri.EscapeDataString(fault)}";
        var response = on ? await http.Integration.PutAsync(path, null) : await http.Integration.DeleteAsync(path);
        await response.EnsureSuccessAsync($"slå {(on ? "på" : "av")} felet {fault} i de simulerade tenanterna");
    }

    /// <summary>The simulated clock as all three apps read it (_sim/klocka).</summary>
    public sealed record ClockReading(DateTimeOffset Nu, DateOnly Idag, bool Flyttad);

    public async Task<ClockReading> GetClockAsync()
    {
        Require(CapabilityTags.Clock, "läsa tenanternas testklocka");
        var response = await http.Integration.GetAsync("_sim/klocka");
        await response.EnsureSuccessAsync("läsa de simulerade tenanternas klocka");
        return await response.Content.ReadFromJsonAsync<ClockReading>(TenantHttpClients.Json)
               ?? throw new InvalidOperationException("De simulerade tenanternas klocka svarade utan innehåll.");
    }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        Require(CapabilityTags.Clock, $"ställa tenanternas klocka på {now:yyyy-MM-dd HH:mm zzz}");
        var response = await http.Integration.PutAsJsonAsync("_sim/klocka", new { nu = now }, TenantHttpClients.Json);
        await response.EnsureSuccessAsync($"ställa de simulerade tenanternas klocka på {now:yyyy-MM-dd HH:mm zzz}");
    }

    /// <summary>
    /// Empties both tenants back to their seed, with the faults and clock they were started with (_sim/reset): what
    /// a scenario that decommissions SAMSA needs before and after, as nothing else can undo it.
    /// </summary>
    public async Task ResetAsync()
    {
        Require(CapabilityTags.Reset, "tömma tenanterna (återställa dem till sitt utgångsläge)");
        var response = await http.Integration.PostAsync("_sim/reset", null);
        await response.EnsureSuccessAsync("återställa de simulerade tenanterna");
    }

    // Every _sim call passes here: the environment file's "förmågor" decide, not whether the tenants look simulated.
    private void Require(string capability, string whatNeedsIt) => http.Endpoints.Capabilities.Require(capability, whatNeedsIt);
}
