using E2E.Tenants.Integration.Contracts;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>A unit as Samvy may show it: an Organization with its HSA-id and the one inbox that serves it today.</summary>
public static class OrganizationMapping
{
    /// <summary>Identifier system of an inbox, value "&lt;system&gt;:&lt;HSA-id&gt;" as the directory spells it.</summary>
    public const string InboxSystem = "https://e2e.vgregion.example/fhir/NamingSystem/inkorg";
    public const string UnitTypeSystem = "https://e2e.vgregion.example/fhir/CodeSystem/enhetstyp";

    public static Organization ToFhir(this RecipientDto unit) => new()
    {
        Id = unit.HsaId,
        Identifier =
        [
            new Identifier(FhirConstants.HsaIdSystem, unit.HsaId),
            new Identifier(InboxSystem, unit.Inkorg) { Type = new CodeableConcept { Text = unit.Beskrivning } },
        ],
        Active = true,
        Name = unit.Namn,
        Type = [new CodeableConcept(UnitTypeSystem, unit.Typ)],
        Address = [new Address { District = unit.Kommun, Country = "SE" }],
    };

    /// <summary>FHIR string search: the name starts with the value, or contains it with <c>name:contains</c>; any case.</summary>
    public static bool NameMatches(this RecipientDto unit, string? startsWith, string? contains) =>
        (startsWith is null || unit.Namn.StartsWith(startsWith.Trim(), StringComparison.OrdinalIgnoreCase))
        && (contains is null || unit.Namn.Contains(contains.Trim(), StringComparison.OrdinalIgnoreCase));
}
