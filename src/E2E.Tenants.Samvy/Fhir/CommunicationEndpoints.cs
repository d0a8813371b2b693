using System.Security.Claims;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Access;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>
/// Communication create (sends the notice), read and search by recipient, subject and category; each only for the
/// unit the token acts for (see FhirAccess).
/// </summary>
public static class CommunicationEndpoints
{
    public static RouteGroupBuilder MapCommunications(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("Communication", async (HttpRequest request, CommunicationSender sender, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var notice = await request.ReadResourceAsync<Communication>(ct);
            FhirAccess.EnsureMayWriteFor(user, References.IdOf(notice.Sender, "Organization"));
            notice = await sender.SendAsync(notice, ct);
            return FhirResults.Resource(notice, 201, $"fhir/Communication/{notice.Id}");
        });
        // The recipient reads and acknowledges; Samvy reports both back to a sender in SAMSA.
        fhir.MapPost("Communication/{id}/$las", (string id, CommunicationStates states, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            MarkAsync(id, false, states, db, user, sim, ct));
        fhir.MapPost("Communication/{id}/$kvittera", (string id, CommunicationStates states, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            MarkAsync(id, true, states, db, user, sim, ct));
        fhir.MapGet("Communication/{id}", async (string id, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            var stored = await db.Communications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (stored is null)
            {
                return FhirResults.NotFound("Communication", id);
            }
            FhirAccess.EnsureMayRead(user, stored, sim);
            return FhirResults.Resource(FhirJson.Parse<Communication>(stored.Json));
        });
        fhir.MapGet("Communication", async (string? recipient, string? subject, string? category, HttpRequest request, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            var query = FhirAccess.Readable(db.Communications.AsNoTracking(), user, sim);
            if (recipient is not null)
            {
                var hsaId = References.IdOf(recipient, "Organization") ?? string.Empty;
                FhirAccess.EnsureMayRead(user, hsaId, sim);
                query = query.Where(c => c.RecipientHsaId == hsaId);
            }
            if (subject is not null)
            {
                var patientId = References.IdOf(subject, "Patient") ?? string.Empty;
                query = query.Where(c => c.PatientId == patientId);
            }
            if (category is not null)
            {
                var code = PatientEndpoints.Token(category).Value;
                query = query.Where(c => c.Category == code);
            }
            var found = await query.ToListAsync(ct);
            return FhirResults.SearchSet(request.BaseUrl(),
                found.OrderByDescending(c => c.Sent).Select(c => FhirJson.Parse<Communication>(c.Json)));
        });
        return fhir;
    }

    /// <summary>Only the receiving unit reads or acknowledges a message.</summary>
    private static async Task<IResult> MarkAsync(
        string id, bool acknowledge, CommunicationStates states, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct)
    {
        if (await db.Communications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } stored)
        {
            FhirAccess.EnsureMayRead(user, stored.RecipientHsaId, sim);
        }
        return await states.MarkAsync(id, acknowledge, ct) is { } notice
            ? FhirResults.Resource(notice)
            : FhirResults.Outcome(404, OperationOutcome.IssueType.NotFound, $"Communication/{id} finns inte i någon mottagares meddelandecenter i Samvy.");
    }
}
