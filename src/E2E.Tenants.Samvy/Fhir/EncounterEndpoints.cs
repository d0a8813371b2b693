using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Encounter create and read: a patient admitted on a Samvy ward (serviceProvider = the ward).</summary>
public static class EncounterEndpoints
{
    public static RouteGroupBuilder MapEncounters(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("Encounter", async (HttpRequest request, SamvyDb db, PatientStore patients, EpisodeStore episodes, IntegrationClient directory, SimulationState sim, CancellationToken ct) =>
        {
            var encounter = await request.ReadResourceAsync<Encounter>(ct);
            var patientId = References.IdOf(encounter.Subject, "Patient");
            if (patientId is null || await patients.GetAsync(patientId, ct) is not { } patient)
            {
                throw Refuse("Vårdkontakten måste ha en befintlig patient (subject Patient/id).");
            }
            var wardId = References.IdOf(encounter.ServiceProvider, "Organization") ?? throw Refuse("Vårdkontakten saknar avdelning (serviceProvider).");
            var ward = await directory.UnitAsync(wardId, sim.Today, ct) ?? throw Refuse($"Enheten {wardId} finns inte i katalogen.");
            if (ward.System != SystemNames.Samvy)
            {
                throw Refuse($"{ward.Namn} arbetar i {ward.System}, inte i Samvy.");
            }
            var (stored, _) = episodes.Admit(encounter, patientId, ward.HsaId, ward.Namn); // with its coordination case (rule 3)
            await db.RecordMovesAsync(directory, stored, patient.PersonnummerOf()!, sim.Today, ct); // payment: a move from a SAMSA ward
            await db.SaveChangesAsync(ct);
            return FhirResults.Resource(encounter, 201, $"fhir/Encounter/{encounter.Id}");
        });
        fhir.MapPost("Encounter/{id}/$andra-utskrivningsdatum", async (string id, HttpRequest request, SamvyDb db, CommunicationSender sender, CancellationToken ct) =>
        {
            if (await db.Encounters.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is not { } stored)
            {
                return FhirResults.NotFound("Encounter", id);
            }
            var parameters = await request.ReadResourceAsync<Parameters>(ct);
            var date = (parameters.GetSingleValue<Date>("beraknatUtskrivningsdatum")?.Value is { } v && DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d))
                ? d : throw Refuse("Ange beräknat utskrivningsdatum (parameter beraknatUtskrivningsdatum, ÅÅÅÅ-MM-DD).");
            var sent = await sender.UpdateEstimateAsync(stored, date, ct);
            return FhirResults.SearchSet(request.BaseUrl(), sent);
        });
        fhir.MapGet("Encounter/{id}", async (string id, SamvyDb db, CancellationToken ct) =>
            await db.Encounters.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } stored
                ? FhirResults.Resource(FhirJson.Parse<Encounter>(stored.Json))
                : FhirResults.NotFound("Encounter", id));
        return fhir;
    }

    private static FhirRequestException Refuse(string message) => new(422, OperationOutcome.IssueType.BusinessRule, message);
}
