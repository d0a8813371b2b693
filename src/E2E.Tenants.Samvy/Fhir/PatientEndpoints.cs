using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Patient create (one per identity), read and search by identifier (personnummer or reserve number).</summary>
public static class PatientEndpoints
{
    public static RouteGroupBuilder MapPatients(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("Patient", async (HttpRequest request, PatientStore patients, CancellationToken ct) =>
        {
            var (patient, created) = await patients.UpsertAsync(await request.ReadResourceAsync<Patient>(ct), ct);
            return FhirResults.Resource(patient, created ? 201 : 200, $"fhir/Patient/{patient.Id}");
        });
        fhir.MapGet("Patient/{id}", async (string id, PatientStore patients, CancellationToken ct) =>
            await patients.GetAsync(id, ct) is { } patient ? FhirResults.Resource(patient) : FhirResults.NotFound("Patient", id));
        fhir.MapGet("Patient", async (string? identifier, HttpRequest request, PatientStore patients, CancellationToken ct) =>
        {
            string? key = null;
            if (identifier is not null)
            {
                key = SearchKey(Token(identifier));
                if (key is null)
                {
                    return FhirResults.SearchSet(request.BaseUrl(), []);
                }
            }
            return FhirResults.SearchSet(request.BaseUrl(), await patients.FindAsync(key, ct));
        });
        return fhir;
    }

    /// <summary>The identity key a search token names: personnummer/samordningsnummer, or a reserve number under its issuer.</summary>
    private static string? SearchKey((string? System, string Value) token) => token.System switch
    {
        null => Personnummer.Normalize(token.Value),
        // The issuer counts: a samordningsnummer is not found as a personnummer, nor the other way round.
        FhirConstants.PersonnummerSystem when !Personnummer.IsSamordningsnummer(token.Value) => Personnummer.Normalize(token.Value),
        FhirConstants.SamordningsnummerSystem when Personnummer.IsSamordningsnummer(token.Value) => Personnummer.Normalize(token.Value),
        FhirConstants.PersonnummerSystem or FhirConstants.SamordningsnummerSystem => null,
        var system when system.StartsWith("urn:oid:", StringComparison.Ordinal) && system != FhirConstants.HsaIdSystem =>
            PatientIdentity.ReserveKey(system["urn:oid:".Length..], token.Value.Trim().ToUpperInvariant()),
        _ => null,
    };

    /// <summary>A token search value: "system|value" or just "value".</summary>
    public static (string? System, string Value) Token(string token)
    {
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (null, token) : (bar == 0 ? null : token[..bar], token[(bar + 1)..]);
    }
}
