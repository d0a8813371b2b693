using E2E.Core.Tags;
using E2E.Core.Settings;

namespace E2E.Specs.Support;

/// <summary>
/// What only the simulated tenants can do, declared on a scenario with a tag: <c>@kräver:testklocka</c> (set and move
/// the tenants' clock), <c>@kräver:fel</c> (switch a named fault on), <c>@kräver:katalog</c> (give a unit a live-from
/// date), <c>@kräver:avveckling</c> (decommission SAMSA on emptied tenants, emptied again afterwards). Against an
/// environment without it the scenario is skipped with the reason, never passed.
/// </summary>
public static class Capabilities
{
    public const string TagPrefix = CapabilityTags.TagPrefix;
    public const string Clock = CapabilityTags.Clock;
    public const string Faults = CapabilityTags.Faults;
    public const string Directory = CapabilityTags.Directory;
    public const string Decommissioning = CapabilityTags.Decommissioning;

    private static IReadOnlyDictionary<string, string> Known => CapabilityTags.Known;

    public static bool MovesTheClock(IEnumerable<string> tags) => Declares(tags, Clock);

    /// <summary>The clock, the switched-on faults and SAMSA itself are shared by every scenario: such scenarios run alone.</summary>
    public static bool RunsAlone(IEnumerable<string> tags) =>
        Declares(tags, Clock) || Declares(tags, Faults) || Declares(tags, Decommissioning);

    public static bool Declares(IEnumerable<string> tags, string capability) => tags.Contains(TagPrefix + capability, StringComparer.Ordinal);

    /// <summary>
    /// A step that uses a capability refuses to run in a scenario that has not declared it: undeclared, it would not be
    /// skipped against real tenants, and a shared clock or fault would not run alone.
    /// </summary>
    public static void RequireDeclared(IEnumerable<string> tags, string capability, string whatTheScenarioDoes)
    {
        if (Declares(tags, capability)) return;
        var consequence = capability is Clock or Faults or Decommissioning
            ? "så körs scenariot ensamt och hoppas över mot tenants som saknar förmågan"
            : "så hoppas scenariot över mot tenants som saknar förmågan";
        throw new InvalidOperationException(
            $"Scenariot {whatTheScenarioDoes} men saknar taggen @{TagPrefix}{capability}: lägg till den, {consequence}.");
    }

    /// <summary>The capabilities the tags ask for; an unknown one is refused in Swedish naming the known ones.</summary>
    public static IReadOnlyList<string> Required(IEnumerable<string> tags)
    {
        var required = tags.Select(t => t.TrimStart('@')).Where(t => t.StartsWith(TagPrefix, StringComparison.Ordinal))
            .Select(t => t[TagPrefix.Length..]).Distinct().ToList();
        var unknown = required.FirstOrDefault(r => !Known.ContainsKey(r));
        if (unknown is not null)
            throw new ArgumentException(
                $"Okänd förmåga i taggen @{TagPrefix}{unknown}. Kända: {string.Join(", ", Known.Keys.Select(k => "@" + TagPrefix + k))}.");
        return required;
    }

    /// <summary>Why the environment cannot run a scenario with these tags (its file does not declare them), or null when it can.</summary>
    public static string? MissingIn(EnvironmentSettings environment, TenantEndpoints endpoints, IEnumerable<string> tags)
    {
        // Decommissioning works through all of SAMSA and only a reset undoes it: without one, skip rather than leave SAMSA closed.
        var needed = Required(tags).SelectMany(r => r == Decommissioning ? [r, CapabilityTags.Reset] : new[] { r }).Distinct();
        var missing = needed.Where(r => !endpoints.Has(r)).ToList();
        return missing.Count == 0 ? null
            : $"Hoppas över: miljön {environment.Name} saknar {string.Join(" och ", missing.Select(m => CapabilityTags.OfEnvironment[m]))} " +
              $"({string.Join(", ", missing.Select(m => Known.ContainsKey(m) ? "@" + TagPrefix + m : m))} står inte under \"{EnvironmentCapabilities.Field}\" i {environment.SourceFile}).";
    }
}
