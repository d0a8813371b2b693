using E2E.Tenants.Integration.Contracts;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>What the chart and the integration need from a Patient resource, and back.</summary>
public static class PatientMapping
{
    public static string? PersonnummerOf(this Patient patient) => patient.Identifier
        .Where(i => i.System is FhirConstants.PersonnummerSystem or FhirConstants.SamordningsnummerSystem && i.Use != Identifier.IdentifierUse.Old)
        .Select(i => Personnummer.Normalize(i.Value))
        .FirstOrDefault(v => v is not null);

    /// <summary>
    /// The key the patient is filed under (see PatientIdentity): personnummer or samordningsnummer as 12 digits,
    /// else a reserve identifier <c>urn:oid:&lt;issuer&gt;</c> as "OID|value"; null when none is usable.
    /// </summary>
    public static string? IdentityKeyOf(this Patient patient) =>
        patient.PersonnummerOf() ?? patient.ReserveIdentifiers().Select(r => r.Key).FirstOrDefault(k => k is not null);

    /// <summary>Every reserve identifier (other issuers than personnummer, samordningsnummer, HSA) and why it is invalid.</summary>
    public static IEnumerable<(string? Key, string? Problem)> ReserveIdentifiers(this Patient patient) => patient.Identifier
        .Where(i => i.System?.StartsWith("urn:oid:", StringComparison.Ordinal) == true && i.System != FhirConstants.HsaIdSystem
            && i.Use != Identifier.IdentifierUse.Old)
        .Select(i => PatientIdentity.FromInput(null, i.Value, i.System!["urn:oid:".Length..]));

    public static string FullName(this Patient patient)
    {
        var name = patient.Name.FirstOrDefault();
        return name is null ? "(namn saknas)" : string.Join(' ', name.Given.Append(name.Family).Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public static string AddressText(this Patient patient)
    {
        var a = patient.Address.FirstOrDefault();
        return a is null ? string.Empty : $"{string.Join(' ', a.Line)}, {a.PostalCode} {a.City}";
    }

    public static RoutedPatient ToRouted(this Patient patient)
    {
        var name = patient.Name.FirstOrDefault();
        var a = patient.Address.FirstOrDefault();
        return new RoutedPatient(
            patient.IdentityKeyOf() ?? string.Empty,
            string.Join(' ', name?.Given ?? []), name?.Family ?? string.Empty,
            string.Join(' ', a?.Line ?? []), a?.PostalCode ?? string.Empty, a?.City ?? string.Empty);
    }

    public static Patient ToFhir(this RoutedPatient p) => new()
    {
        Identifier = [IdentifierFor(p.Personnummer)],
        Name = [new HumanName { Family = p.Efternamn, Given = [p.Fornamn] }],
        Address = [new Address { Line = [p.Gatuadress], PostalCode = p.Postnummer, City = p.Postort }],
    };

    /// <summary>
    /// A personnummer key as personnummer identifier, a samordningsnummer as samordningsnummer identifier, a reserve key
    /// as <c>urn:oid:&lt;issuer&gt;</c>.
    /// </summary>
    public static Identifier IdentifierFor(string key) => PatientIdentity.ReserveOf(key) is { } r
        ? new Identifier($"urn:oid:{r.Oid}", r.Value)
        : new Identifier(Personnummer.IsSamordningsnummer(key) ? FhirConstants.SamordningsnummerSystem : FhirConstants.PersonnummerSystem,
            Personnummer.Normalize(key) ?? key);
}
