using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Events;

/// <summary>
/// Where the integration delivers events about the other system's cases and SIPs. Idempotent and order-tolerant:
/// one reference per object, and a closed or carried-over object never turns active again. The tenant's
/// <see cref="IInboundEventHandler"/>s act on the event after the reference is saved (carry-over at decommissioning).
/// </summary>
public static class InboundEvents
{
    public static IEndpointRouteBuilder MapInboundEvents<TDb>(this IEndpointRouteBuilder app, string path) where TDb : DbContext
    {
        app.MapPost(path, async (RoutedEvent change, TDb db, IEnumerable<IInboundEventHandler> handlers, CancellationToken ct) =>
        {
            var references = db.Set<ExternalReference>();
            var known = await references.SingleOrDefaultAsync(r => r.Typ == change.Typ && r.Objekt == change.Objekt, ct);
            if (known is null)
            {
                known = new ExternalReference
                {
                    Typ = change.Typ, Objekt = change.Objekt, System = RoutedEvent.SystemOf(change.Objekt),
                    Personnummer = change.Personnummer, Arende = change.Arende, Status = change.Status,
                    EnhetHsaId = change.EnhetHsaId, EnhetNamn = change.EnhetNamn,
                };
                references.Add(known);
            }
            if (!EventObjects.IsFinal(known.Status))
            {
                known.Status = change.Status;
                known.Motestid = change.Motestid;
                known.Deltagare = string.Join('\n', change.Deltagare);
                known.Tidpunkt = change.Tidpunkt;
            }
            await db.SaveChangesAsync(ct);
            foreach (var handler in handlers)
            {
                await handler.HandleAsync(change, ct); // idempotent: a repeated delivery must change nothing
            }
            return Results.NoContent();
        });
        return app;
    }

    /// <summary>The other system's active SIP for the patient's case, if any (the second-SIP check, rule 4).</summary>
    public static Task<ExternalReference?> ActiveSipAsync(this DbContext db, string personnummer, string arende, CancellationToken ct) =>
        db.Set<ExternalReference>().AsNoTracking().FirstOrDefaultAsync(
            r => r.Typ == EventObjects.Sip && r.Status == EventObjects.Active && r.Personnummer == personnummer && r.Arende == arende, ct);

    public static Task<List<ExternalReference>> ReferencesForAsync(this DbContext db, string personnummer, string typ, CancellationToken ct) =>
        db.Set<ExternalReference>().AsNoTracking().Where(r => r.Personnummer == personnummer && r.Typ == typ)
            .OrderByDescending(r => r.Tidpunkt).ToListAsync(ct);
}
