using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Api;

/// <summary>SAMSA's part of the test-only identity audit: patients, stays, notices, the outbox, the payment basis and the identity links.</summary>
public static class IdentityAuditEndpoint
{
    public static IEndpointRouteBuilder MapSamsaIdentityAudit(this IEndpointRouteBuilder app) =>
        app.MapIdentityAudit(async (services, ct) =>
        {
            var db = services.GetRequiredService<SamsaDb>();
            var stored = new List<string?>();
            stored.AddRange(await db.Patienter.AsNoTracking().Select(p => p.Personnummer).ToListAsync(ct));
            stored.AddRange(await db.Vardtillfallen.AsNoTracking().Select(v => v.Personnummer).ToListAsync(ct));
            stored.AddRange(await db.Meddelanden.AsNoTracking().Select(m => m.Personnummer).ToListAsync(ct));
            stored.AddRange(await db.Utkorg.AsNoTracking().Select(o => o.PayloadJson).ToListAsync(ct));
            stored.AddRange(await db.Betalningshandelser.AsNoTracking().Select(e => e.Personnummer).ToListAsync(ct));
            stored.AddRange(await db.Sammankopplingar.AsNoTracking().Select(l => l.Personnummer).ToListAsync(ct));
            return stored;
        });
}
