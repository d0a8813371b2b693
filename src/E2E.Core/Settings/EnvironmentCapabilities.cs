using E2E.Core.Tags;

namespace E2E.Core.Settings;

/// <summary>
/// The simulation-only things an environment's tenants allow, as its file declares them under "förmågor". The suite
/// calls a tenant's test-only API (_sim/…) only for a declared capability: real tenants declare none.
/// </summary>
public sealed record EnvironmentCapabilities(IReadOnlySet<string> Declared, string Environment, string SourceFile)
{
    public const string Field = "förmågor";

    public static readonly EnvironmentCapabilities None = new(new HashSet<string>(), "okänd", "(ingen miljöfil)");

    /// <summary>Everything the simulated tenants offer, for code that starts them itself (tenants, benchmark).</summary>
    public static readonly EnvironmentCapabilities All =
        new(CapabilityTags.OfEnvironment.Keys.ToHashSet(StringComparer.Ordinal), "simulerade tenants", "(startade i processen)");

    /// <summary>The declared words of a file; an unknown one is refused naming the file, the value and the known words.</summary>
    public static EnvironmentCapabilities Parse(IEnumerable<string>? declared, string environment, string sourceFile)
    {
        var words = (declared ?? []).Select(w => w.Trim()).ToList();
        if (words.FirstOrDefault(w => !CapabilityTags.OfEnvironment.ContainsKey(w)) is { } unknown)
            throw new SettingsFileException(
                $"{sourceFile}: okänd förmåga \"{unknown}\" i \"{Field}\". Kända: {string.Join(", ", CapabilityTags.OfEnvironment.Keys)}.");
        return new(words.ToHashSet(StringComparer.Ordinal), environment, sourceFile);
    }

    public bool Has(string capability) => Declared.Contains(capability);

    /// <summary>The declared words for logs and the report, "inga" when none.</summary>
    public string Shown => Declared.Count == 0 ? "inga" : string.Join(", ", Declared.Order(StringComparer.Ordinal));

    /// <summary>Refuses, in Swedish, what needs a capability the environment did not declare.</summary>
    public void Require(string capability, string whatNeedsIt)
    {
        if (Has(capability)) return;
        throw new InvalidOperationException(
            $"Miljön {Environment} saknar förmågan \"{capability}\" ({CapabilityTags.OfEnvironment[capability]}), så det går inte att " +
            $"{whatNeedsIt}: den står inte under \"{Field}\" i {SourceFile}.");
    }
}
