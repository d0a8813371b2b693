using System.Text.Json;
using System.Text.Json.Serialization;

namespace E2E.Tenants.Integration.Directory;

/// <summary>
/// A named systemval rule set (docs: rules.md, "Systemval"), read from systemval.json so the rules are
/// configuration with documented defaults, not constants in the routing code.
/// </summary>
public sealed record SystemChoiceRuleSet(
    string Namn,
    string Beskrivning,
    string SystemUtanDriftsattning,
    string SystemFranDriftsattning,
    int DagarEfterDriftsattning,
    string EjDriftsattaISamvy)
{
    public const string Default = "samexistens-standard";

    /// <summary>How Samvy shows a unit still waiting for its live-from date: with its SAMSA inbox, or not at all.</summary>
    public const string ShowSamsaInbox = "samsa-inkorg";
    public const string Hidden = "dold";

    /// <summary>Rule 1: the system a unit works in on a date.</summary>
    public string SystemOn(DateOnly? liveFrom, DateOnly date) =>
        liveFrom is { } from && date >= from.AddDays(DagarEfterDriftsattning) ? SystemFranDriftsattning : SystemUtanDriftsattning;

    /// <summary>A unit with a live-from date that has not come yet on this date.</summary>
    public bool IsWaiting(DateOnly? liveFrom, DateOnly date) =>
        liveFrom is not null && SystemOn(liveFrom, date) != SystemFranDriftsattning;

    /// <summary>Every rule set in the file; the name asked for, or the file's standard when none is given.</summary>
    public static SystemChoiceRuleSet Load(string? name = null)
    {
        var file = ReadFile();
        var wanted = name ?? file.Standard;
        return file.Regelverk.SingleOrDefault(r => r.Namn == wanted) ?? throw new ArgumentException(
            $"Okänd regeluppsättning för systemval \"{wanted}\". Kända: {string.Join(", ", file.Regelverk.Select(r => r.Namn))}.",
            nameof(name));
    }

    private static RuleSetFile ReadFile()
    {
        using var stream = typeof(SystemChoiceRuleSet).Assembly.GetManifestResourceStream("systemval.json")
            ?? throw new InvalidOperationException("systemval.json saknas i integrationen.");
        return JsonSerializer.Deserialize<RuleSetFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("systemval.json kunde inte läsas.");
    }

    private sealed record RuleSetFile(
        [property: JsonRequired] string Standard, [property: JsonRequired] IReadOnlyList<SystemChoiceRuleSet> Regelverk);
}
