namespace E2E.Organisation;

/// <summary>
/// A unit of the region or a municipality. <see cref="BusinessName"/> is how a tester writes it in a scenario
/// ("avdelning 32 på NÄL"); <see cref="Phrases"/> are all the ways of writing it that the catalogue accepts.
/// </summary>
public sealed record CareUnit(
    string HsaId,
    string DisplayName,
    string Kind,
    string Municipality,
    string BusinessName,
    IReadOnlyList<string> Phrases,
    DateOnly? LiveFrom = null)
{
    /// <summary>The system the unit works in without a live-from date: SAMSA.</summary>
    public string DefaultSystem => CareSystem.Samsa.Display();

    /// <summary>Samvy from the live-from date, SAMSA before it or without one (rule set samexistens-standard).</summary>
    public string SystemOn(DateOnly date) => LiveFrom is { } from && date >= from ? CareSystem.Samvy.Display() : DefaultSystem;

    /// <summary>The role of the unit's demo user (its first member of staff).</summary>
    public string StaffRole => StaffRoles.For(Kind)[0];

    public override string ToString() => DisplayName;
}
