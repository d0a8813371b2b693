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

    /// <summary>The stay's case with stay and patient loaded (every stay gets its case at admission).</summary>
    public Task<Arende?> ForStayAsync(int stayId, CancellationToken ct) =>
        WithStay().SingleOrDefaultAsync(a => a.VardtillfalleId == stayId, ct);

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

    /// <summary>
    /// Closes the case (idempotent); a discharge also records when the patient left. Returns the refusal instead while
    /// Samvy is taking the case over (decommissioning): then nothing may change it here.
    /// </summary>
    public async Task<string?> CloseAsync(Arende arende, DateTime? discharged, CancellationToken ct)
    {
        if (arende.CarryOverPending)
        {
            return NoticeRules.CarryOverRefusal;
        }
        arende.Utskriven ??= discharged;
        if (arende.Stangt is null)
        {
            arende.Stangt = sim.Clock.GetUtcNow().UtcDateTime;
            db.Utkorg.Add(OutboxItem.For(SharedEvents.ForCase(arende, EventObjects.Closed), arende.Stangt.Value));
        }
        await db.SaveChangesAsync(ct); // the closing and its event together
        sim.Work.Pulse();
        return null;
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
