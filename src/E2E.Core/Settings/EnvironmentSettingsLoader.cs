using System.Text.Json.Serialization;

namespace E2E.Core.Settings;

/// <summary>Reads environments/{E2E_ENVIRONMENT}.json next to the test assembly (default: local).</summary>
public static class EnvironmentSettingsLoader
{
    public const string VariableName = "E2E_ENVIRONMENT";

    public static EnvironmentSettings Load(string? baseDirectory = null, string? environmentName = null)
    {
        var name = environmentName ?? Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(name)) name = "local";
        var directory = Path.Combine(baseDirectory ?? AppContext.BaseDirectory, "environments");
        var path = Path.Combine(directory, name + ".json");
        var relative = Path.Combine("environments", name + ".json");
        if (!File.Exists(path))
        {
            var known = Directory.Exists(directory)
                ? string.Join(", ", Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension))
                : "(inga)";
            throw new InvalidOperationException(
                $"Miljöfilen {relative} finns inte ({VariableName}={name}). Kända miljöer: {known}.");
        }

        var raw = SettingsFile.Read<RawEnvironment>(path, relative);
        return new EnvironmentSettings
        {
            Name = raw.Name ?? name,
            Capabilities = EnvironmentCapabilities.Parse(raw.Capabilities, raw.Name ?? name, relative),
            Description = raw.Description ?? "",
            EmbeddedTenants = raw.EmbeddedTenants,
            Samsa = raw.Samsa ?? new(),
            Samvy = raw.Samvy ?? new(),
            Integration = raw.Integration ?? new(),
            AllowedHosts = raw.AllowedHosts ?? [],
            RuleSets = raw.RuleSets ?? new(),
            Credentials = ResolveCredentials(raw.Credentials, relative),
            SourceFile = relative,
        };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, Secret>> ResolveCredentials(
        Dictionary<string, Dictionary<string, string>>? credentials, string sourceFile) =>
        (credentials ?? []).ToDictionary(
            system => system.Key,
            system => (IReadOnlyDictionary<string, Secret>)system.Value.ToDictionary(
                entry => entry.Key,
                entry => PlaceholderResolver.Resolve(entry.Value, sourceFile)));

    private sealed record RawEnvironment(
        string? Name, string? Description, bool EmbeddedTenants,
        TenantAddress? Samsa, TenantAddress? Samvy, TenantAddress? Integration,
        List<string>? AllowedHosts, RuleSets? RuleSets,
        Dictionary<string, Dictionary<string, string>>? Credentials,
        [property: JsonPropertyName(EnvironmentCapabilities.Field)] List<string>? Capabilities);
}
