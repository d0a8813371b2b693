using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>Records a move from a Samvy ward when a patient with an open stay there is admitted on a SAMSA ward.</summary>
public static class StayMoves
{
    public static async Task RecordMovesAsync(this SamsaDb db, IntegrationClient directory, Vardtillfalle stay, DateOnly today, CancellationToken ct)
    {
        var received = await db.Meddelanden.AsNoTracking()
            .Where(m => m.ExterntId != null && m.Personnummer == stay.Personnummer
                && (m.Typ == MessageTypes.Admission || m.Typ == MessageTypes.Discharge))
            .Select(m => new ReceivedNotice(m.Typ, m.Uppdatering, m.ArendeReferens, m.MottagareHsaId)).ToListAsync(ct);
        await db.RecordMovesAsync(directory, received, stay.Personnummer, stay.EnhetHsaId, stay.Inskrivningstid, today, ct);
    }
}
