using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Data;

/// <summary>
/// Coordination cases as EpisodeOfCare: one per Encounter, opened with it (managingOrganization = the admitting
/// ward), finished at discharge or when closed explicitly.
/// </summary>
public sealed class EpisodeStore(SamvyDb db, TimeProvider clock)
{
    /// <summary>
    /// Admits the patient on the ward: stamps the Encounter (in progress, inpatient, starting now unless it says
    /// otherwise), opens its case and adds both to the context; the caller saves. A stay taken over from SAMSA names
    /// its origin on the encounter and the case.
    /// </summary>
    public (StoredEncounter Encounter, StoredEpisode Episode) Admit(Encounter encounter, string patientId, string wardHsaId, string wardName, string? carriedFrom = null)
    {
        var now = clock.GetUtcNow();
        encounter.Id = Guid.NewGuid().ToString("N");
        encounter.Meta = new Meta { LastUpdated = now, VersionId = "1" };
        encounter.Status ??= Encounter.EncounterStatus.InProgress;
        encounter.Class ??= new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter");
        encounter.Period ??= new Period { StartElement = new FhirDateTime(now) };
        encounter.ServiceProvider = References.Organization(wardHsaId, wardName);
        encounter.Subject ??= References.To("Patient", patientId);
        if (carriedFrom is not null)
        {
            encounter.SetExtension(FhirConstants.CarriedOverFromExtension, new FhirString(carriedFrom));
        }
        var episode = Open(encounter, patientId, wardHsaId, wardName, carriedFrom);
        var stored = new StoredEncounter
        {
            Id = encounter.Id, PatientId = patientId, EnhetHsaId = wardHsaId,
            Start = DateTimeOffset.TryParse(encounter.Period.Start, out var start) ? start.UtcDateTime : now.UtcDateTime,
            Json = FhirJson.Serialize(encounter),
        };
        db.Encounters.Add(stored);
        return (stored, episode);
    }

    /// <summary>
    /// Opens the encounter's case (saved with the encounter by the caller) and links the encounter to it; a case taken
    /// over from SAMSA names its origin.
    /// </summary>
    private StoredEpisode Open(Encounter encounter, string patientId, string wardHsaId, string wardName, string? carriedFrom = null)
    {
        var now = clock.GetUtcNow();
        var episode = new EpisodeOfCare
        {
            Id = Guid.NewGuid().ToString("N"),
            Meta = new Meta { LastUpdated = now, VersionId = "1" },
            Status = EpisodeOfCare.EpisodeOfCareStatus.Active,
            Patient = References.To("Patient", patientId),
            ManagingOrganization = References.Organization(wardHsaId, wardName),
            Period = new Period { StartElement = new FhirDateTime(now) },
        };
        if (carriedFrom is not null)
        {
            episode.SetExtension(FhirConstants.CarriedOverFromExtension, new FhirString(carriedFrom));
        }
        encounter.EpisodeOfCare = [References.To("EpisodeOfCare", episode.Id)];
        var stored = new StoredEpisode
        {
            Id = episode.Id, PatientId = patientId, EncounterId = encounter.Id!, OwnerHsaId = wardHsaId, Opened = now.UtcDateTime,
            CarriedFrom = carriedFrom, Json = FhirJson.Serialize(episode),
        };
        db.Episodes.Add(stored);
        return stored;
    }

    /// <summary>Finishes the case (idempotent); a discharge time, when known, ends its period.</summary>
    public async Task CloseAsync(StoredEpisode stored, DateTime? discharged, CancellationToken ct)
    {
        if (stored.Closed is not null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        stored.Closed = now.UtcDateTime;
        var episode = FhirJson.Parse<EpisodeOfCare>(stored.Json);
        episode.Status = EpisodeOfCare.EpisodeOfCareStatus.Finished;
        var end = discharged is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : now;
        episode.Period = new Period { Start = episode.Period?.Start, EndElement = new FhirDateTime(end) };
        episode.Meta = new Meta { LastUpdated = now, VersionId = "2" };
        stored.Json = FhirJson.Serialize(episode);
        await db.SaveChangesAsync(ct);
    }
}
