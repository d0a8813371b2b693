using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>One row of a unit's message centre (SAMSA's inbox columns, plus the type's own data and the state).</summary>
public sealed record MessageRow(
    string Id, string Typ, string Personnummer, string Patientnamn, string Adress,
    DateOnly? BeraknatUtskrivningsdatum, string Avsandare, DateTime Mottagen, string Status, Communication Resource);

public static class MessageCentreQuery
{
    /// <summary>What landed in the unit's Samvy message centre, newest first.</summary>
    public static Task<IReadOnlyList<MessageRow>> MessageCentreAsync(this SamvyDb db, string hsaId, CancellationToken ct) =>
        db.RowsAsync(db.Communications.Where(c => c.RecipientHsaId == hsaId && c.Received != null), ct);

    /// <summary>One message as its message centre shows it; null when it has not landed in a Samvy message centre.</summary>
    public static async Task<MessageRow?> MessageAsync(this SamvyDb db, string id, CancellationToken ct) =>
        (await db.RowsAsync(db.Communications.Where(c => c.Id == id && c.Received != null), ct)).SingleOrDefault();

    private static async Task<IReadOnlyList<MessageRow>> RowsAsync(this SamvyDb db, IQueryable<StoredCommunication> query, CancellationToken ct)
    {
        var notices = await query.AsNoTracking().ToListAsync(ct);
        var patientIds = notices.Select(n => n.PatientId).Distinct().ToList();
        var patients = (await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => FhirJson.Parse<Patient>(p.Json));
        return [.. notices.OrderByDescending(n => n.Received).ThenByDescending(n => n.Sent).Select(n =>
        {
            var notice = FhirJson.Parse<Communication>(n.Json);
            var patient = patients.GetValueOrDefault(n.PatientId) ?? new Patient();
            return new MessageRow(
                n.Id,
                MessageTypes.Display(n.Category, notice.IsEstimateUpdate()),
                Personnummer.Display(patient.IdentityKeyOf() ?? string.Empty),
                patient.FullName(),
                patient.AddressText(),
                notice.EstimatedDischarge(),
                notice.Sender?.Display ?? n.SenderHsaId,
                n.Received!.Value,
                MessageStates.Of(n.Delivered, n.Read, n.Acknowledged),
                notice);
        })];
    }
}
