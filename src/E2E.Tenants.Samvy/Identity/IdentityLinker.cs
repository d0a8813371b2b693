using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Identity;

/// <summary>
/// Sammankoppling in Samvy: the reserve patient becomes (or merges into) the patient with the personnummer, keeping
/// the reserve identifier as <c>use = old</c>; encounters, cases and messages follow; the link is remembered.
/// </summary>
public sealed class IdentityLinker(SamvyDb db, SimulationState sim)
{
    /// <summary>Links and returns the surviving patient (null when Samvy knew neither identity).</summary>
    public async Task<Patient?> LinkAsync(string reserveKey, string pnr, bool forward, CancellationToken ct)
    {
        var now = sim.Clock.GetUtcNow();
        var candidates = (await db.Patients.ToListAsync(ct))
            .Where(p => PatientIdentity.SameReserve(p.Personnummer, reserveKey, sim.ValueOnly())).OrderBy(p => p.Personnummer).ToList();
        var survivor = await db.Patients.SingleOrDefaultAsync(p => p.Personnummer == pnr, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var keys = candidates.Select(c => c.Personnummer).ToList(); // before re-keying
        foreach (var (candidate, key) in candidates.Zip(keys))
        {
            survivor = await MergeAsync(candidate, survivor, pnr, now, ct);
            await db.RememberLinkAsync(key, pnr, now.UtcDateTime, ct);
        }
        await db.RememberLinkAsync(reserveKey, pnr, now.UtcDateTime, ct);
        await db.PaymentEvents.Where(e => keys.Contains(e.Personnummer))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Personnummer, pnr), ct);
        // SIPs and what Samvy knows of SAMSA's objects follow the patient too (second-SIP check, decommissioning).
        await db.CarePlans.Where(p => keys.Contains(p.Personnummer)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Personnummer, pnr), ct);
        await db.References.Where(r => keys.Contains(r.Personnummer)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Personnummer, pnr), ct);
        if (forward && PatientIdentity.ReserveOf(reserveKey) is { } r)
        {
            db.Outbox.Add(OutboxItem.For(new RoutedIdentityLink(Guid.NewGuid().ToString("N"), SystemNames.Samvy, r.Oid, r.Value, pnr, now.UtcDateTime), now.UtcDateTime));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        sim.Work.Pulse();
        return survivor is null ? null : FhirJson.Parse<Patient>(survivor.Json);
    }

    /// <summary>The first reserve patient is re-keyed to the personnummer; a later one (or one met by an existing patient) merges in.</summary>
    private async Task<StoredPatient> MergeAsync(StoredPatient reserve, StoredPatient? survivor, string pnr, DateTimeOffset now, CancellationToken ct)
    {
        var reservePatient = FhirJson.Parse<Patient>(reserve.Json);
        var oldIds = reservePatient.Identifier.Where(i => i.System is not (FhirConstants.PersonnummerSystem or FhirConstants.SamordningsnummerSystem)).Select(i => { i.Use = Identifier.IdentifierUse.Old; return i; }).ToList();
        if (survivor is null)
        {
            var official = PatientMapping.IdentifierFor(pnr);
            official.Use = Identifier.IdentifierUse.Official;
            reservePatient.Identifier = [official, .. oldIds];
            reservePatient.Meta = new Meta { LastUpdated = now, VersionId = "2" };
            (reserve.Personnummer, reserve.Json) = (pnr, FhirJson.Serialize(reservePatient));
            await db.SaveChangesAsync(ct);
            return reserve;
        }
        var merged = FhirJson.Parse<Patient>(survivor.Json);
        merged.Identifier.AddRange(oldIds);
        survivor.Json = FhirJson.Serialize(merged);
        await MovePatientReferencesAsync(reserve.Id, survivor.Id, ct);
        db.Patients.Remove(reserve);
        await db.SaveChangesAsync(ct);
        return survivor;
    }

    /// <summary>Encounters, cases, messages, SIPs and attachments of the merged patient now point at the survivor (columns and JSON).</summary>
    private async Task MovePatientReferencesAsync(string from, string to, CancellationToken ct)
    {
        string Moved(string json) => json.Replace($"Patient/{from}\"", $"Patient/{to}\"", StringComparison.Ordinal);
        foreach (var e in await db.Encounters.Where(e => e.PatientId == from).ToListAsync(ct)) (e.PatientId, e.Json) = (to, Moved(e.Json));
        foreach (var e in await db.Episodes.Where(e => e.PatientId == from).ToListAsync(ct)) (e.PatientId, e.Json) = (to, Moved(e.Json));
        foreach (var c in await db.Communications.Where(c => c.PatientId == from).ToListAsync(ct)) (c.PatientId, c.Json) = (to, Moved(c.Json));
        foreach (var p in await db.CarePlans.Where(p => p.PatientId == from).ToListAsync(ct)) (p.PatientId, p.Json) = (to, Moved(p.Json));
        await db.Documents.Where(d => d.PatientId == from).ExecuteUpdateAsync(s => s.SetProperty(d => d.PatientId, to), ct);
    }
}
