using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>Records a move from a SAMSA ward when a patient with an open stay there gets an Encounter on a Samvy ward.</summary>
public static class EncounterMoves
{
    public static async Task RecordMovesAsync(
        this SamvyDb db, IntegrationClient directory, StoredEncounter encounter, string personnummer, DateOnly today, CancellationToken ct)
    {
        var stored = await db.Communications.AsNoTracking()
            .Where(c => c.ExternalId != null && c.PatientId == encounter.PatientId
                && (c.Category == MessageTypes.Admission || c.Category == MessageTypes.Discharge))
            .ToListAsync(ct);
        var received = stored.Select(c => (Row: c, Notice: FhirJson.Parse<Communication>(c.Json)))
            .Select(c => new ReceivedNotice(c.Row.Category, c.Notice.IsEstimateUpdate(),
                c.Notice.GetExtensionValue<FhirString>(FhirConstants.CaseReferenceExtension)?.Value, c.Row.RecipientHsaId))
            .ToList();
        await db.RecordMovesAsync(directory, received, personnummer, encounter.EnhetHsaId, encounter.Start, today, ct);
    }
}
