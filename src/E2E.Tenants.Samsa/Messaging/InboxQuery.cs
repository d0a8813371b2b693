using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>Which part of an inbox to show: a message type (code), read or unread, and one page of it.</summary>
public sealed record InboxFilter(string? Typ = null, bool? Last = null, int Sida = 1, int Antal = InboxFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;

    /// <summary>"alla"/empty = all, "olasta" = unread, "lasta" = read (the UI's and the API's spelling).</summary>
    public static bool? ReadState(string? status) => status switch { "olasta" => false, "lasta" => true, _ => null };
}

public sealed record InboxPage(IReadOnlyList<Meddelande> Rader, int Totalt, int Sida, int Antal)
{
    public int Sidor => Math.Max(1, (Totalt + Antal - 1) / Antal);
}

public static class InboxQuery
{
    /// <summary>What landed in the unit's SAMSA inbox, newest first (sender copies of outgoing notices excluded).</summary>
    public static async Task<InboxPage> InboxAsync(this SamsaDb db, string hsaId, InboxFilter filter, CancellationToken ct)
    {
        var query = db.Meddelanden.AsNoTracking().Where(m => m.MottagareHsaId == hsaId && m.Mottagen != null);
        if (MessageTypes.IsKnown(filter.Typ))
        {
            query = query.Where(m => m.Typ == filter.Typ);
        }
        if (filter.Last is { } read)
        {
            query = read ? query.Where(m => m.Last != null) : query.Where(m => m.Last == null);
        }
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.Antal, 1, 500);
        var page = Math.Clamp(filter.Sida, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await query.OrderByDescending(m => m.Mottagen).ThenByDescending(m => m.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new InboxPage(rows, total, page, size);
    }

    public static string DisplayType(this Meddelande m) => MessageTypes.Display(m.Typ, m.Uppdatering);
}
