namespace E2E.Core.Tags;

/// <summary>
/// The capabilities a scenario may ask of its environment with <c>@kräver:…</c>, and what each means, in one place:
/// the suite's hooks enforce them, the feature linter (granska) knows them.
/// </summary>
public static class CapabilityTags
{
    public const string TagPrefix = "kräver:";
    public const string Clock = "testklocka";
    public const string Faults = "fel";
    public const string Directory = "katalog";
    public const string Decommissioning = "avveckling";

    /// <summary>Environment-only capabilities: no scenario asks for them by tag, but the suite's hooks and evidence use them.</summary>
    public const string Reset = "återställning";
    public const string MessageLog = "meddelandelogg";

    /// <summary>Each capability and what only simulated tenants offer for it, in Swedish.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Clock] = "en testklocka att ställa",
        [Faults] = "namngivna fel att slå på",
        [Directory] = "en enhetskatalog att ställa om",
        [Decommissioning] = "ett SAMSA att avveckla och återställa",
    };

    /// <summary>What an environment file may declare under "förmågor": the scenario capabilities plus reset and message log.</summary>
    public static readonly IReadOnlyDictionary<string, string> OfEnvironment = new Dictionary<string, string>(Known, StringComparer.Ordinal)
    {
        [Reset] = "en återställning av tenanterna (_sim/reset)",
        [MessageLog] = "en logg över vad integrationen burit (_sim/meddelanden, _sim/kvittenser)",
    };
}
