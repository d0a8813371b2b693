using System.Text.Json;

namespace E2E.Cli;

/// <summary>
/// felprov switches faults on in the simulated tenants; against real tenants E2E_TENANT_FAULTS does nothing and
/// every "INTE FÅNGAT" would be a lie, so only environments with "embeddedTenants": true are accepted.
/// </summary>
internal static class SimulatedEnvironment
{
    public static void Require(string root, string environment)
    {
        var directory = Path.Combine(root, "environments");
        var file = Path.Combine(directory, environment + ".json");
        if (!File.Exists(file))
        {
            var known = Directory.Exists(directory)
                ? string.Join(", ", Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order())
                : "(inga)";
            throw new UsageException($"Miljöfilen environments/{environment}.json finns inte. Kända miljöer: {known}.");
        }
        // Only the flag is read: a real environment's credentials are neither needed nor resolved here.
        using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var embedded = doc.RootElement.TryGetProperty("embeddedTenants", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (!embedded)
            throw new UsageException(
                $"felprov körs bara mot simulerade tenants. Miljön \"{environment}\" har riktiga tenants (embeddedTenants är inte true), " +
                "där fel inte kan slås på. Välj t.ex. --miljo local.");
    }
}
