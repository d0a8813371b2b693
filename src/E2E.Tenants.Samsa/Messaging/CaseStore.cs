using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>Coordination cases: one per stay, opened at admission, closed at discharge or explicitly.</summary>
public sealed class CaseStore(SamsaDb db, SimulationState sim)
{
    public static Arende Open(Vardtillfalle stay, DateTime now) => new()
    {
        Vardtillfalle = stay, Personnummer = stay.Personnummer, AgareHsaId = stay.EnhetHsaId, Oppnat = now,
    };

    /// <summary>The stay's case with stay and patient loaded; opened now if the stay predates cases (unless SAMSA is read-only).</summary>
    public async Task<Arende?> ForStayAsync(int stayId, CancellationToken ct)
    {
        var arende = await WithStay().SingleOrDefaultAsync(a => a.VardtillfalleId == stayId, ct);
        if (arende is not null)
        {
            return arende;
        }
        var stay = await db.Vardtillfallen.Include(v => v.Patient).SingleOrDefaultAsync(v => v.Id == stayId, ct);
        if (stay?.Patient is null || await db.Avveckling.AnyAsync(a => a.Skrivskyddad != null, ct))
        {
            return null; // a decommissioned SAMSA opens no cases, not even for an old stay shown on a page
        }
        arende = Open(stay, sim.Clock.GetUtcNow().UtcDateTime);
        db.Arenden.Add(arende);
        await db.SaveChangesAsync(ct);
        await AnnounceOpenedAsync(arende, ct);
        return arende;
    }

    public Task<Arende?> GetAsync(int id, CancellationToken ct) => WithStay().SingleOrDefaultAsync(a => a.Id == id, ct);

    public async Task<IReadOnlyList<Arende>> ListAsync(string? ownerHsaId, string? personnummer, CancellationToken ct)
    {
        var query = WithStay().AsNoTracking();
        if (ownerHsaId is not null)
        {
            query = query.Where(a => a.AgareHsaId == ownerHsaId);
        }
        if (personnummer is not null)
        {
            query = query.Where(a => a.Personnummer == personnummer);
        }
        return await query.OrderByDescending(a => a.Oppnat).ThenByDescending(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Closes the case (idempotent); a discharge also records when the patient left.</summary>
    public async Task CloseAsync(Arende arende, DateTime? discharged, CancellationToken ct)
    {
        arende.Utskriven ??= discharged;
        if (arende.Stangt is null)
        {
            arende.Stangt = sim.Clock.GetUtcNow().UtcDateTime;
            db.Utkorg.Add(OutboxItem.For(SharedEvents.ForCase(arende, EventObjects.Closed), arende.Stangt.Value));
        }
        await db.SaveChangesAsync(ct); // the closing and its event together
        sim.Work.Pulse();
    }

    /// <summary>Tells Samvy that the case is open ("SAMSA-ärende pågår", P09); call once the case has its id.</summary>
    public async Task AnnounceOpenedAsync(Arende arende, CancellationToken ct, string? ownerName = null)
    {
        db.Utkorg.Add(OutboxItem.For(SharedEvents.ForCase(arende, EventObjects.Active, ownerName), arende.Oppnat));
        await db.SaveChangesAsync(ct);
        sim.Work.Pulse();
    }

    public Task<List<Meddelande>> TimelineAsync(int arendeId, CancellationToken ct) =>
        db.Meddelanden.AsNoTracking().Where(m => m.ArendeId == arendeId).OrderBy(m => m.Skickad).ThenBy(m => m.Id).ToListAsync(ct);

    private IQueryable<Arende> WithStay() => db.Arenden.Include(a => a.Vardtillfalle).ThenInclude(v => v!.Patient);
}
