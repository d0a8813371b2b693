using E2E.Tenants.Samvy.Data;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>The coordination case (EpisodeOfCare): read, search by patient, and close it ($avsluta).</summary>
public static class EpisodeOfCareEndpoints
{
    public static RouteGroupBuilder MapEpisodesOfCare(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("EpisodeOfCare/{id}", async (string id, SamvyDb db, CancellationToken ct) =>
            await db.Episodes.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } stored
                ? FhirResults.Resource(FhirJson.Parse<EpisodeOfCare>(stored.Json))
                : FhirResults.NotFound("EpisodeOfCare", id));
        fhir.MapGet("EpisodeOfCare", async (string? patient, HttpRequest request, SamvyDb db, CancellationToken ct) =>
        {
            var query = db.Episodes.AsNoTracking();
            if (patient is not null)
            {
                var patientId = References.IdOf(patient, "Patient") ?? string.Empty;
                query = query.Where(e => e.PatientId == patientId);
            }
            var found = await query.OrderByDescending(e => e.Opened).ToListAsync(ct);
            return FhirResults.SearchSet(request.BaseUrl(), found.Select(e => FhirJson.Parse<EpisodeOfCare>(e.Json)));
        });
        fhir.MapPost("EpisodeOfCare/{id}/$avsluta", async (string id, SamvyDb db, EpisodeStore episodes, CancellationToken ct) =>
        {
            if (await db.Episodes.SingleOrDefaultAsync(e => e.Id == id, ct) is not { } stored)
            {
                return FhirResults.NotFound("EpisodeOfCare", id);
            }
            await episodes.CloseAsync(stored, null, ct);
            return FhirResults.Resource(FhirJson.Parse<EpisodeOfCare>(stored.Json));
        });
        return fhir;
    }
}
