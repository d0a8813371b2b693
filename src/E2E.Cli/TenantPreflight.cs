using System.Text.Json;
using E2E.Core.Settings;
using E2E.Drivers.Http;
using E2E.Drivers.Reachability;

namespace E2E.Cli;

/// <summary>
/// Before "run": says in Swedish which tenant does not answer, so a tester knows before the scenarios fail why they
/// will be environment failures. The run goes on: scenarios that do not need that system still count.
/// Simulated tenants start inside the test run, so for them only a whole-run outage fault is told.
/// </summary>
internal static class TenantPreflight
{
    private const string FaultsVariable = "E2E_TENANT_FAULTS";

    public static async Task WarnAsync(string root, string environment)
    {
        var file = Path.Combine(root, "environments", environment + ".json");
        if (!File.Exists(file)) return; // the suite itself names the missing file
        using var doc = SettingsFile.Parse(file, $"environments/{environment}.json");
        var json = doc.RootElement;
        if (json.TryGetProperty("embeddedTenants", out var embedded) && embedded.ValueKind == JsonValueKind.True)
        {
            foreach (var down in DownForTheWholeRun())
                Console.WriteLine($"OBS: {FaultsVariable} slår på {down.Fault}: {down.System} svarar inte under hela körningen. " +
                                  $"Scenarier som behöver {down.System} redovisas som miljöfel.");
            return;
        }
        if (Endpoints(json) is not { } endpoints) return;
        using var http = new TenantHttpClients(endpoints, new AllowedHostsGuard([.. Hosts(json)], file), environment);
        foreach (var client in new[] { http.Samsa, http.Samvy, http.Integration })
        {
            try
            {
                using var _ = await client.GetAsync("");
            }
            catch (TenantUnreachableException e)
            {
                Console.WriteLine($"{e.Message}\n  Före körningen: scenarier som behöver {e.System} kommer att redovisas som miljöfel.");
            }
            catch (InvalidOperationException)
            {
                // A host off the allow-list: the suite refuses it itself, with its own message.
            }
        }
    }

    private static IEnumerable<(string Fault, string System)> DownForTheWholeRun() =>
        (Environment.GetEnvironmentVariable(FaultsVariable) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(f => (Fault: f, System: FaultProbeCommand.DownSystemOf(f)))
        .Where(x => x.System is not null)
        .Select(x => (x.Fault, x.System!));

    private static TenantEndpoints? Endpoints(JsonElement json)
    {
        string? Url(string name) => json.TryGetProperty(name, out var t) && t.TryGetProperty("baseUrl", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        return Url("samsa") is { } samsa && Url("samvy") is { } samvy && Url("integration") is { } integration
            ? new TenantEndpoints(TenantEndpoints.WithTrailingSlash(samsa), TenantEndpoints.WithTrailingSlash(samvy),
                TenantEndpoints.WithTrailingSlash(integration), IsSimulated: false)
            : null;
    }

    private static IEnumerable<string> Hosts(JsonElement json) =>
        json.TryGetProperty("allowedHosts", out var hosts) ? hosts.EnumerateArray().Select(h => h.GetString()!).Where(h => h is not null) : [];
}
