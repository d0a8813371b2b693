using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Patient create (one per personnummer), read and search by identifier.</summary>
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
            string? pnr = null;
            if (identifier is not null)
            {
                var (system, value) = Token(identifier);
                pnr = system is null or FhirConstants.PersonnummerSystem ? Personnummer.Normalize(value) : null;
                if (pnr is null)
                {
                    return FhirResults.SearchSet(request.BaseUrl(), []);
                }
            }
            return FhirResults.SearchSet(request.BaseUrl(), await patients.FindAsync(pnr, ct));
        });
        return fhir;
    }

    /// <summary>A token search value: "system|value" or just "value".</summary>
    public static (string? System, string Value) Token(string token)
    {
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (null, token) : (bar == 0 ? null : token[..bar], token[(bar + 1)..]);
    }
}
