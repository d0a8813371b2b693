using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>
/// "SAMSA-ärende pågår" (P09): one Flag per open SAMSA case of the patient, made from the references the
/// integration's case events keep up to date; gone once the case is closed. Fault "ingen-pagaende-flagga" hides it.
/// </summary>
public static class OngoingCaseFlags
{
    public const string Text = "SAMSA-ärende pågår";
    public const string CodeSystem = "https://e2e.vgregion.example/fhir/CodeSystem/flagga";
    public const string Code = "samsa-arende-pagar";

    public static async Task<IReadOnlyList<Flag>> ForAsync(SamvyDb db, SimulationState sim, string patientId, string personnummer, CancellationToken ct)
    {
        if (sim.IsOn(KnownFaults.NoOngoingCaseFlag))
        {
            return [];
        }
        var open = await db.References.AsNoTracking().Where(r => r.Personnummer == personnummer && r.Typ == EventObjects.Case
            && r.System == SystemNames.Samsa && r.Status == EventObjects.Active).OrderBy(r => r.Id).ToListAsync(ct);
        return [.. open.Select(r => ToFlag(r, patientId))];
    }

    private static Flag ToFlag(ExternalReference r, string patientId) => new()
    {
        Id = "samsa-arende-" + r.Objekt.Split(':')[^1],
        Meta = new Meta { LastUpdated = new DateTimeOffset(DateTime.SpecifyKind(r.Tidpunkt, DateTimeKind.Utc)), VersionId = "1" },
        Identifier = [new Identifier("https://e2e.vgregion.example/fhir/NamingSystem/samordningsarende", r.Objekt)],
        Status = Flag.FlagStatus.Active,
        Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")],
        Code = new CodeableConcept(CodeSystem, Code, Text) { Text = Text },
        Subject = References.To("Patient", patientId),
        Period = new Period { StartElement = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(r.Tidpunkt, DateTimeKind.Utc))) },
        Author = References.Organization(r.EnhetHsaId, r.EnhetNamn),
    };
}
