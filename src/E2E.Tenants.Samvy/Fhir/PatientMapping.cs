using E2E.Tenants.Integration.Contracts;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>What the chart and the integration need from a Patient resource, and back.</summary>
public static class PatientMapping
{
    public static string? PersonnummerOf(this Patient patient) => patient.Identifier
        .Where(i => i.System == FhirConstants.PersonnummerSystem)
        .Select(i => Personnummer.Normalize(i.Value))
        .FirstOrDefault(v => v is not null);

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
            patient.PersonnummerOf() ?? string.Empty,
            string.Join(' ', name?.Given ?? []), name?.Family ?? string.Empty,
            string.Join(' ', a?.Line ?? []), a?.PostalCode ?? string.Empty, a?.City ?? string.Empty);
    }

    public static Patient ToFhir(this RoutedPatient p) => new()
    {
        Identifier = [new Identifier(FhirConstants.PersonnummerSystem, Personnummer.Normalize(p.Personnummer) ?? p.Personnummer)],
        Name = [new HumanName { Family = p.Efternamn, Given = [p.Fornamn] }],
        Address = [new Address { Line = [p.Gatuadress], PostalCode = p.Postnummer, City = p.Postort }],
    };
}
