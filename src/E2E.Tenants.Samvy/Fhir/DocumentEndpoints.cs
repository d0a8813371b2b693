using System.Security.Claims;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Access;
using E2E.Tenants.Samvy.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>
/// DocumentReference and Binary read (P08): the files on Communications, only for the sending or receiving unit.
/// Also the message page's download of the raw file (cookie login).
/// </summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("DocumentReference/{id}", async (string id, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            await ReadableAsync(db, "DocumentReference", id, user, sim, ct) is { } d ? FhirResults.Resource(d.ToDocumentReference()) : FhirResults.NotFound("DocumentReference", id));
        fhir.MapGet("Binary/{id}", async (string id, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            await ReadableAsync(db, "Binary", id, user, sim, ct) is { } d ? FhirResults.Resource(d.ToBinary()) : FhirResults.NotFound("Binary", id));
        return fhir;
    }

    public static IEndpointRouteBuilder MapDocumentDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("meddelanden/{communicationId}/bilagor/{id}", async (string communicationId, string id, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            try
            {
                return await ReadableAsync(db, "Binary", id, user, sim, ct) is { } d && d.CommunicationId == communicationId
                    ? Results.File(d.Content, d.ContentType, d.Name)
                    : Results.NotFound();
            }
            catch (FhirRequestException)
            {
                return Results.Text("Du har inte behörighet att hämta bilagan.", statusCode: 403);
            }
        }).RequireAuthorization();
        return app;
    }

    /// <summary>The stored file, null when unknown; a FhirRequestException (403) for a unit that neither sent nor received it.</summary>
    private static async Task<StoredDocument?> ReadableAsync(SamvyDb db, string type, string id, ClaimsPrincipal user, SimulationState sim, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is not null)
        {
            FhirAccess.EnsureMayReadMessage(user, document.SenderHsaId, document.RecipientHsaId, $"{type}/{id}", sim);
        }
        return document;
    }
}
