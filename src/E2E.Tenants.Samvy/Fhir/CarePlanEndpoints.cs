using System.Security.Claims;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Access;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Sip;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>
/// SIP as CarePlan: create (the calling unit = author = the token's unit), read and search by patient. Read only by
/// the calling or a participating unit.
/// </summary>
public static class CarePlanEndpoints
{
    public static RouteGroupBuilder MapCarePlans(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("CarePlan", async (HttpRequest request, SipPlanService sips, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var plan = await request.ReadResourceAsync<CarePlan>(ct);
            FhirAccess.EnsureMayWriteFor(user, References.IdOf(plan.Author, "Organization"));
            var created = await sips.CallAsync(plan, ct);
            return FhirResults.Resource(created, 201, $"CarePlan/{created.Id}");
        });
        fhir.MapGet("CarePlan/{id}", async (string id, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            if (await db.CarePlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } stored)
            {
                return FhirResults.NotFound("CarePlan", id);
            }
            return MayRead(stored, user, sim) ? FhirResults.Resource(FhirJson.Parse<CarePlan>(stored.Json))
                : FhirResults.Outcome(403, OperationOutcome.IssueType.Forbidden,
                    $"Ditt uppdrag gäller {user.UnitName()}. Enheten deltar inte i SIP:en och du har inte behörighet att läsa den.");
        });
        fhir.MapGet("CarePlan", async (string? patient, HttpRequest request, SamvyDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            var query = db.CarePlans.AsNoTracking();
            if (patient is not null)
            {
                var patientId = References.IdOf(patient, "Patient") ?? string.Empty;
                query = query.Where(p => p.PatientId == patientId);
            }
            var found = (await query.OrderBy(p => p.Created).ToListAsync(ct)).Where(p => MayRead(p, user, sim));
            return FhirResults.SearchSet(request.BaseUrl(), found.Select(p => FhirJson.Parse<CarePlan>(p.Json)));
        });
        return fhir;
    }

    private static bool MayRead(StoredCarePlan plan, ClaimsPrincipal user, SimulationState sim) =>
        sim.IsOn(KnownFaults.ReadOtherUnitsInbox) || plan.AuthorHsaId == user.UnitHsaId()
        || plan.Participants.Split('\n').Contains(user.UnitHsaId());
}
