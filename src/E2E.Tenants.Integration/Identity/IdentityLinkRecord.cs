using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Identity;

/// <summary>
/// A sammankoppling as a tenant keeps it (table Sammankopplingar): the reserve identity (key "OID|value") now belongs
/// to the person with this personnummer. Notices that still carry the reserve identity are filed under it.
/// </summary>
public sealed class IdentityLinkRecord
{
    public required string ReserveKey { get; set; }
    public required string Personnummer { get; set; }
    public DateTime LinkedAt { get; set; }
}

public static class IdentityLinks
{
    public static void MapIdentityLinks(this ModelBuilder model) =>
        model.Entity<IdentityLinkRecord>(e =>
        {
            e.ToTable("Sammankopplingar");
            e.HasKey(x => x.ReserveKey);
        });

    /// <summary>Whether reserve identities are matched on value only (fault <c>reservnummer-utan-oid</c>).</summary>
    public static bool ValueOnly(this SimulationState sim) => sim.IsOn(KnownFaults.ReserveNumberWithoutOid);

    /// <summary>The key a patient is filed under now: the linked personnummer for a linked reserve identity.</summary>
    public static async Task<string> ResolveAsync(this DbContext db, string key, bool valueOnly, CancellationToken ct)
    {
        if (!PatientIdentity.IsReserve(key))
        {
            return key;
        }
        var links = await db.Set<IdentityLinkRecord>().AsNoTracking().OrderBy(l => l.LinkedAt).ToListAsync(ct);
        return links.FirstOrDefault(l => PatientIdentity.SameReserve(l.ReserveKey, key, valueOnly))?.Personnummer ?? key;
    }

    /// <summary>Records the link (idempotent: linking again changes nothing).</summary>
    public static async Task RememberLinkAsync(this DbContext db, string reserveKey, string personnummer, DateTime now, CancellationToken ct)
    {
        if (await db.Set<IdentityLinkRecord>().FindAsync([reserveKey], ct) is null)
        {
            db.Set<IdentityLinkRecord>().Add(new IdentityLinkRecord { ReserveKey = reserveKey, Personnummer = personnummer, LinkedAt = now });
        }
    }
}
