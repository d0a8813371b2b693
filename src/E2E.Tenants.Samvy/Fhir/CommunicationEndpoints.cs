using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Communication create (sends the notice), read and search by recipient, subject and category.</summary>
public static class CommunicationEndpoints
{
    public static RouteGroupBuilder MapCommunications(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("Communication", async (HttpRequest request, CommunicationSender sender, CancellationToken ct) =>
        {
            var notice = await sender.SendAsync(await request.ReadResourceAsync<Communication>(ct), ct);
            return FhirResults.Resource(notice, 201, $"fhir/Communication/{notice.Id}");
        });
        // The recipient reads and acknowledges; Samvy reports both back to a sender in SAMSA.
        fhir.MapPost("Communication/{id}/$las", (string id, CommunicationStates states, CancellationToken ct) => MarkAsync(id, false, states, ct));
        fhir.MapPost("Communication/{id}/$kvittera", (string id, CommunicationStates states, CancellationToken ct) => MarkAsync(id, true, states, ct));
        fhir.MapGet("Communication/{id}", async (string id, SamvyDb db, CancellationToken ct) =>
            await db.Communications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } stored
                ? FhirResults.Resource(FhirJson.Parse<Communication>(stored.Json))
                : FhirResults.NotFound("Communication", id));
        fhir.MapGet("Communication", async (string? recipient, string? subject, string? category, HttpRequest request, SamvyDb db, CancellationToken ct) =>
        {
            var query = db.Communications.AsNoTracking();
            if (recipient is not null)
            {
                var hsaId = References.IdOf(recipient, "Organization") ?? string.Empty;
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

    private static async Task<IResult> MarkAsync(string id, bool acknowledge, CommunicationStates states, CancellationToken ct) =>
        await states.MarkAsync(id, acknowledge, ct) is { } notice
            ? FhirResults.Resource(notice)
            : FhirResults.Outcome(404, OperationOutcome.IssueType.NotFound, $"Communication/{id} finns inte i någon mottagares meddelandecenter i Samvy.");
}
