using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Data;

/// <summary>Patients, one per personnummer: creating a known patient updates it (like a conditional create).</summary>
public sealed class PatientStore(SamvyDb db, TimeProvider clock)
{
    public async Task<(Patient Patient, bool Created)> UpsertAsync(Patient patient, CancellationToken ct)
    {
        var pnr = patient.PersonnummerOf() ?? throw new FhirRequestException(
            422, OperationOutcome.IssueType.Required, $"Patienten måste ha ett personnummer ({FhirConstants.PersonnummerSystem}) i formatet ÅÅÅÅMMDDNNNN.");
        foreach (var id in patient.Identifier.Where(i => i.System == FhirConstants.PersonnummerSystem))
        {
            id.Value = Personnummer.Normalize(id.Value) ?? id.Value;
        }
        var stored = await db.Patients.SingleOrDefaultAsync(p => p.Personnummer == pnr, ct);
        var created = stored is null;
        patient.Id = stored?.Id ?? Guid.NewGuid().ToString("N");
        patient.Meta = new Meta { LastUpdated = clock.GetUtcNow(), VersionId = "1" };
        if (stored is null)
        {
            db.Patients.Add(new StoredPatient { Id = patient.Id, Personnummer = pnr, Json = FhirJson.Serialize(patient) });
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

    public async Task<IReadOnlyList<Patient>> FindAsync(string? personnummer, CancellationToken ct)
    {
        var query = db.Patients.AsNoTracking();
        if (personnummer is not null)
        {
            query = query.Where(p => p.Personnummer == personnummer);
        }
        return [.. (await query.ToListAsync(ct)).Select(s => FhirJson.Parse<Patient>(s.Json))];
    }
}
