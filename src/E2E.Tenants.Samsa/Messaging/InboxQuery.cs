using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>One row of a unit's inbox, ready for the API and the inbox page.</summary>
public sealed record InboxRow(
    int Id, string Typ, string Personnummer, string Patientnamn, string Adress,
    DateOnly BeraknatUtskrivningsdatum, string Avsandare, DateTime Mottagen);

public static class InboxQuery
{
    /// <summary>What landed in the unit's SAMSA inbox, newest first (sender copies of outgoing notices excluded).</summary>
    public static async Task<IReadOnlyList<InboxRow>> InboxAsync(this SamsaDb db, string hsaId, CancellationToken ct)
    {
        var notices = await db.Meddelanden.AsNoTracking()
            .Where(m => m.MottagareHsaId == hsaId && m.Mottagen != null)
            .ToListAsync(ct);
        return [.. notices
            .OrderByDescending(m => m.Mottagen).ThenByDescending(m => m.Id)
            .Select(m => new InboxRow(
                m.Id, DisplayType(m.Typ), Personnummer.Display(m.Personnummer), m.Patientnamn, m.Adress,
                m.BeraknatUtskrivningsdatum, m.AvsandareNamn, m.Mottagen!.Value))];
    }

    public static string DisplayType(string typ) => typ == MessageTypes.Admission ? MessageTypes.AdmissionDisplay : typ;
}
