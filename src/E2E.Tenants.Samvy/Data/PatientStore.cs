using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Data;

/// <summary>
/// Patients, one per identity (personnummer, samordningsnummer or reserve number with its issuer): creating a known
/// patient updates it (like a conditional create); a linked reserve identity leads to the linked patient.
/// </summary>
public sealed class PatientStore(SamvyDb db, SimulationState sim)
{
    public async Task<(Patient Patient, bool Created)> UpsertAsync(Patient patient, CancellationToken ct)
    {
        var key = KeyOf(patient);
        foreach (var id in patient.Identifier.Where(i => i.System == FhirConstants.PersonnummerSystem))
        {
            id.Value = Personnummer.Normalize(id.Value) ?? id.Value;
        }
        var filedUnder = await db.ResolveAsync(key, sim.ValueOnly(), ct);
        var stored = await db.Patients.SingleOrDefaultAsync(p => p.Personnummer == filedUnder, ct);
        if (filedUnder != key && stored is not null)
        {
            return (FhirJson.Parse<Patient>(stored.Json), false); // identified meanwhile: the linked patient stands
        }
        var created = stored is null;
        patient.Id = stored?.Id ?? Guid.NewGuid().ToString("N");
        patient.Meta = new Meta { LastUpdated = sim.Clock.GetUtcNow(), VersionId = "1" };
        if (stored is null)
        {
            db.Patients.Add(new StoredPatient { Id = patient.Id, Personnummer = key, Json = FhirJson.Serialize(patient) });
        }
        else
        {
            stored.Json = FhirJson.Serialize(patient);
        }
        await db.SaveChangesAsync(ct);
        return (patient, created);
    }

    public async Task<Patient?> GetAsync(string id, CancellationToken ct) =>
        await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is { } s ? FhirJson.Parse<Patient>(s.Json) : null;

    /// <summary>All patients, or the one filed under the identity key (following a sammankoppling).</summary>
    public async Task<IReadOnlyList<Patient>> FindAsync(string? key, CancellationToken ct)
    {
        var query = db.Patients.AsNoTracking();
        if (key is not null)
        {
            var filedUnder = await db.ResolveAsync(key, sim.ValueOnly(), ct);
            query = query.Where(p => p.Personnummer == filedUnder);
        }
        return [.. (await query.ToListAsync(ct)).Select(s => FhirJson.Parse<Patient>(s.Json))];
    }

    private static string KeyOf(Patient patient)
    {
        if (patient.PersonnummerOf() is { } pnr)
        {
            return pnr;
        }
        var reserve = patient.ReserveIdentifiers().FirstOrDefault();
        return reserve.Key ?? throw new FhirRequestException(422, OperationOutcome.IssueType.Required, reserve.Problem is { } problem
            ? $"Reservnumret kan inte användas: {problem}"
            : $"Patienten måste ha ett personnummer ({FhirConstants.PersonnummerSystem}) i formatet ÅÅÅÅMMDDNNNN, ett samordningsnummer eller ett reservnummer (urn:oid:<utfärdarens OID>).");
    }
}
