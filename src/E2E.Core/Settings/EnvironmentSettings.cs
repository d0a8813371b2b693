namespace E2E.Core.Settings;

/// <summary>One environment file (environments/{name}.json): where the tenants are and what the suite may touch.</summary>
public sealed record EnvironmentSettings
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Start the simulated tenants in-process; the base URLs below are then ignored.</summary>
    public bool EmbeddedTenants { get; init; }

    public TenantAddress Samsa { get; init; } = new();
    public TenantAddress Samvy { get; init; } = new();
    public TenantAddress Integration { get; init; } = new();

    /// <summary>The only hosts the suite will ever contact (HTTP clients and browser alike).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    public RuleSets RuleSets { get; init; } = new();

    /// <summary>"förmågor": which simulation-only things (_sim) its tenants allow; none unless declared.</summary>
    public EnvironmentCapabilities Capabilities { get; init; } = EnvironmentCapabilities.None;

    /// <summary>Credentials per system, placeholders already resolved from environment variables.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, Secret>> Credentials { get; init; }
        = new Dictionary<string, IReadOnlyDictionary<string, Secret>>();

    /// <summary>The file this came from, for error messages that tell testers where to look.</summary>
    public string SourceFile { get; init; } = "";
}

public sealed record TenantAddress
{
    public string? BaseUrl { get; init; }
}

/// <summary>Named rule sets in force (see docs/rules.md); reported with every run.</summary>
public sealed record RuleSets
{
    public string Systemval { get; init; } = "samexistens-standard";
    public string Betalning { get; init; } = "lagens-grundregel";
}
