using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Identity;

/// <summary>
/// Sammankoppling in SAMSA: everything filed under the reserve identity (patient, stays, cases, notices, payment
/// events) moves to the personnummer, and the link is remembered for notices that arrive later.
/// </summary>
public sealed class IdentityLinker(SamsaDb db, SimulationState sim)
{
    /// <summary>Links and returns the keys that were re-filed; <paramref name="forward"/> tells the other system too.</summary>
    public async Task<IReadOnlyList<string>> LinkAsync(string reserveKey, string pnr, bool forward, CancellationToken ct)
    {
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        // Re-filing bypasses the change tracker (ExecuteUpdate): a stay or case the caller (a page) loaded would still
        // point at the reserve patient, and removing that patient would cascade-delete them.
        db.ChangeTracker.Clear();
        var keys = await MatchingKeysAsync(reserveKey, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var key in keys)
        {
            await RefileAsync(key, pnr, ct);
            await db.RememberLinkAsync(key, pnr, now, ct);
        }
        await db.RememberLinkAsync(reserveKey, pnr, now, ct);
        if (forward && PatientIdentity.ReserveOf(reserveKey) is { } r)
        {
            db.Utkorg.Add(OutboxItem.For(new RoutedIdentityLink(Guid.NewGuid().ToString("N"), SystemNames.Samsa, r.Oid, r.Value, pnr, now), now));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        sim.Work.Pulse();
        return keys;
    }

    /// <summary>Reserve keys SAMSA holds for this identity: the exact one, or (fault) any with the same value.</summary>
    private async Task<List<string>> MatchingKeysAsync(string reserveKey, CancellationToken ct)
    {
        var stored = await db.Patienter.Select(p => p.Personnummer).Union(db.Meddelanden.Select(m => m.Personnummer)).ToListAsync(ct);
        return [.. stored.Where(k => PatientIdentity.SameReserve(k, reserveKey, sim.ValueOnly())).Order(StringComparer.Ordinal)];
    }

    private async Task RefileAsync(string key, string pnr, CancellationToken ct)
    {
        var old = await db.Patienter.FindAsync([key], ct);
        if (old is not null && await db.Patienter.FindAsync([pnr], ct) is null)
        {
            // Not known under the personnummer yet: the reserve patient's details carry over.
            db.Patienter.Add(new Patient
            {
                Personnummer = pnr, Fornamn = old.Fornamn, Efternamn = old.Efternamn,
                Gatuadress = old.Gatuadress, Postnummer = old.Postnummer, Postort = old.Postort,
            });
            await db.SaveChangesAsync(ct);
        }
        await db.Vardtillfallen.Where(v => v.Personnummer == key).ExecuteUpdateAsync(s => s.SetProperty(v => v.Personnummer, pnr), ct);
        await db.Arenden.Where(a => a.Personnummer == key).ExecuteUpdateAsync(s => s.SetProperty(a => a.Personnummer, pnr), ct);
        await db.Meddelanden.Where(m => m.Personnummer == key).ExecuteUpdateAsync(s => s.SetProperty(m => m.Personnummer, pnr), ct);
        await db.Betalningshandelser.Where(e => e.Personnummer == key).ExecuteUpdateAsync(s => s.SetProperty(e => e.Personnummer, pnr), ct);
        await db.Sipar.Where(x => x.Personnummer == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Personnummer, pnr), ct);
        await db.Referenser.Where(r => r.Personnummer == key).ExecuteUpdateAsync(s => s.SetProperty(r => r.Personnummer, pnr), ct);
        if (old is not null)
        {
            db.Patienter.Remove(old);
            await db.SaveChangesAsync(ct);
        }
    }
}
