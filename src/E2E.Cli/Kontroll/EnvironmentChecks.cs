using E2E.Core.Settings;
using E2E.Drivers.Http;
using E2E.Drivers.Reachability;
using E2E.Tenants.Host;

namespace E2E.Cli.Kontroll;

/// <summary>
/// The environment file: it reads, every secret it names is set (presence only, never the value), every tenant is on
/// the allow-list and answers; or, for the simulated tenants, they start and stop.
/// </summary>
internal static class EnvironmentChecks
{
    public static async Task<IReadOnlyList<CheckLine>> CheckAsync(string root, string environment)
    {
        var shown = $"environments/{environment}.json";
        EnvironmentSettings settings;
        try { settings = EnvironmentSettingsLoader.Load(root, environment); }
        catch (EnvironmentNotReadyException e) // the file reads, but a secret it names is not set
        {
            return [CheckLine.Pass("Miljöfil", shown), CheckLine.Fail("Hemligheter och värdar", e.Message)];
        }
        catch (Exception e) when (e is SettingsFileException or InvalidOperationException)
        {
            return [CheckLine.Fail("Miljöfil", e.Message.StartsWith(shown, StringComparison.Ordinal) ? e.Message : $"{shown}: {e.Message}")];
        }
        var lines = new List<CheckLine> { CheckLine.Pass("Miljöfil", shown) };
        if (settings.EmbeddedTenants)
        {
            lines.Add(await SimulatedTenantsStartAsync());
            return lines;
        }
        // The settings read above: every secret was resolved by loading; the addresses are checked against the allow-list here.
        var endpoints = TenantEndpoints.FromEnvironment(settings);
        try
        {
            endpoints.EnsureAllowed(new AllowedHostsGuard(settings));
        }
        catch (EnvironmentNotReadyException e)
        {
            lines.Add(CheckLine.Fail("Hemligheter och värdar", e.Message));
            return lines;
        }
        lines.Add(CheckLine.Pass("Hemligheter och värdar", "alla hemligheter som miljöfilen nämner är satta; alla adresser står i allowedHosts"));
        using var http = new TenantHttpClients(endpoints, new AllowedHostsGuard(settings), environment);
        foreach (var (name, client) in new[] { ("SAMSA", http.Samsa), ("Samvy", http.Samvy), ("Integrationen", http.Integration) })
            lines.Add(await AnswersAsync(name, client));
        return lines;
    }

    private static async Task<CheckLine> AnswersAsync(string name, HttpClient client)
    {
        try
        {
            using var _ = await client.GetAsync("");
            return CheckLine.Pass(name, $"svarar ({client.BaseAddress})");
        }
        catch (TenantUnreachableException e)
        {
            return CheckLine.Fail(name, $"svarar inte ({client.BaseAddress}): {e.Message}");
        }
    }

    private static async Task<CheckLine> SimulatedTenantsStartAsync()
    {
        var data = Directory.CreateTempSubdirectory("e2e-kontroll-").FullName;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { DataDirectory = data });
            return CheckLine.Pass("Simulerade tenants", $"startade på {clock.Elapsed.TotalSeconds:0.0} s (SAMSA {tenants.SamsaUrl}, Samvy {tenants.SamvyUrl})");
        }
        catch (Exception e)
        {
            return CheckLine.Fail("Simulerade tenants", $"startar inte: {e.Message}");
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { /* the OS cleans temp */ }
        }
    }
}
