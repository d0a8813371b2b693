using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>GET fhir/Flag?patient= or ?subject:identifier=: the patient's "SAMSA-ärende pågår" flags (P09).</summary>
public static class FlagEndpoints
{
    public static RouteGroupBuilder MapFlags(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("Flag", async (HttpRequest request, SamvyDb db, SimulationState sim, CancellationToken ct) =>
        {
            var patient = request.Query["patient"].FirstOrDefault();
            var identifier = request.Query["subject:identifier"].FirstOrDefault();
            var patientId = References.IdOf(patient, "Patient");
            var pnr = identifier?.Split('|')[^1];
            var stored = await db.Patients.AsNoTracking()
                .Where(p => (patientId != null && p.Id == patientId) || (pnr != null && p.Personnummer == pnr)).ToListAsync(ct);
            var flags = new List<Hl7.Fhir.Model.Resource>();
            foreach (var p in stored)
            {
                flags.AddRange(await OngoingCaseFlags.ForAsync(db, sim, p.Id, p.Personnummer, ct));
            }
            return FhirResults.SearchSet(request.BaseUrl(), flags);
        });
        fhir.MapGet("Flag/{id}", async (string id, SamvyDb db, SimulationState sim, HttpRequest request, CancellationToken ct) =>
        {
            var caseRef = "SAMSA:" + id.Replace("samsa-arende-", string.Empty, StringComparison.Ordinal);
            var reference = await db.References.AsNoTracking().FirstOrDefaultAsync(r => r.Objekt == caseRef, ct);
            var patient = reference is null ? null : await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Personnummer == reference.Personnummer, ct);
            var flag = patient is null ? null : (await OngoingCaseFlags.ForAsync(db, sim, patient.Id, patient.Personnummer, ct)).FirstOrDefault(f => f.Id == id);
            return flag is null ? FhirResults.NotFound("Flag", id) : FhirResults.Resource(flag);
        });
        return fhir;
    }
}
