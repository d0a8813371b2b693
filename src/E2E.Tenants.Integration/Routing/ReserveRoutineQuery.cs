using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>One message held by the reserve routine, as the recipient unit reads it during the outage.</summary>
public sealed record ReserveEntry(
    string MeddelandeId, string Typ, string TypNamn, string MottagareHsaId, string Mottagare, string Avsandare,
    string Personnummer, string Patientnamn, string Adress, DateOnly? BeraknatUtskrivningsdatum,
    DateTimeOffset? Tidpunkt, DateTimeOffset Skickad, DateTimeOffset Overtagen);

public static class ReserveRoutineQuery
{
    /// <summary>What the reserve routine holds now (not yet delivered), optionally for one recipient unit, per unit.</summary>
    public static async Task<IReadOnlyList<ReserveEntry>> HeldAsync(IntegrationDb db, string? unitHsaId, CancellationToken ct)
    {
        var held = await db.RoutedMessages.AsNoTracking()
            .Where(m => m.ReserveSince != null && m.DeliveredAt == null && !m.Dropped).OrderBy(m => m.Id).ToListAsync(ct);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.HsaId, u => u.Namn, ct);
        return [.. held.Select(m => Entry(ReserveRoutine.Read(m), m.ReserveSince!.Value, names))
            .Where(e => string.IsNullOrWhiteSpace(unitHsaId) || e.MottagareHsaId == unitHsaId.Trim())
            .OrderBy(e => e.Mottagare, StringComparer.Ordinal).ThenBy(e => e.Overtagen)];
    }

    private static ReserveEntry Entry(RoutedMessage m, DateTime since, IReadOnlyDictionary<string, string> names) => new(
        m.MeddelandeId, m.Typ, MessageTypes.Display(m.Typ, m.Uppdatering), m.MottagareHsaId,
        names.GetValueOrDefault(m.MottagareHsaId, m.MottagareHsaId), m.AvsandareNamn,
        Personnummer.Display(m.Patient.Personnummer), $"{m.Patient.Fornamn} {m.Patient.Efternamn}",
        $"{m.Patient.Gatuadress}, {m.Patient.Postnummer} {m.Patient.Postort}", m.BeraknatUtskrivningsdatum,
        m.Tidpunkt is { } at ? SwedishTime.ToSwedish(at) : null, SwedishTime.ToSwedish(m.Skickad), SwedishTime.ToSwedish(since));
}
