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
            var now = sim.Clock.GetUtcNow();
            encounter.Id = Guid.NewGuid().ToString("N");
            encounter.Meta = new Meta { LastUpdated = now, VersionId = "1" };
            encounter.Status ??= Encounter.EncounterStatus.InProgress;
            encounter.Class ??= new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter");
            encounter.Period ??= new Period { StartElement = new FhirDateTime(now) };
            encounter.ServiceProvider = References.Organization(ward.HsaId, ward.Namn);
            episodes.Open(encounter, patientId, ward.HsaId, ward.Namn); // the encounter's coordination case (rule 3)
            var start = DateTimeOffset.TryParse(encounter.Period.Start, out var s) ? s.UtcDateTime : now.UtcDateTime;
            var stored = new StoredEncounter
            {
                Id = encounter.Id, PatientId = patientId, EnhetHsaId = ward.HsaId, Start = start, Json = FhirJson.Serialize(encounter),
            };
            db.Encounters.Add(stored);
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
