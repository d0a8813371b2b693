using System.Text.Json;
using E2E.Core.Settings;

namespace E2E.Cli;

/// <summary>
/// felprov switches faults on in the simulated tenants; against real tenants E2E_TENANT_FAULTS does nothing and
/// every "INTE FÅNGAT" would be a lie, so only environments with "embeddedTenants": true are accepted.
/// </summary>
internal static class SimulatedEnvironment
{
    public static void Require(string root, string environment)
    {
        var file = EnvironmentFiles.RequireExists(root, environment);
        // Only the flag is read: a real environment's credentials are neither needed nor resolved here.
        using var doc = SettingsFile.Parse(file, $"environments/{environment}.json");
        var embedded = doc.RootElement.TryGetProperty("embeddedTenants", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (!embedded)
            throw new UsageException(
                $"felprov körs bara mot simulerade tenants. Miljön \"{environment}\" har riktiga tenants (embeddedTenants är inte true), " +
                "där fel inte kan slås på. Välj t.ex. --miljo local.");
    }
}
