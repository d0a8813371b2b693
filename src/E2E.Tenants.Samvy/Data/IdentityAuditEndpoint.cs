using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Data;

/// <summary>Samvy's part of the test-only identity audit: patients and every stored resource's JSON, the outbox and the payment basis.</summary>
public static class IdentityAuditEndpoint
{
    public static IEndpointRouteBuilder MapSamvyIdentityAudit(this IEndpointRouteBuilder app) =>
        app.MapIdentityAudit(async (services, ct) =>
        {
            var db = services.GetRequiredService<SamvyDb>();
            var stored = new List<string?>();
            stored.AddRange(await db.Patients.AsNoTracking().Select(p => p.Personnummer).ToListAsync(ct));
            stored.AddRange(await db.Patients.AsNoTracking().Select(p => p.Json).ToListAsync(ct));
            stored.AddRange(await db.Encounters.AsNoTracking().Select(e => e.Json).ToListAsync(ct));
            stored.AddRange(await db.Communications.AsNoTracking().Select(c => c.Json).ToListAsync(ct));
            stored.AddRange(await db.Outbox.AsNoTracking().Select(o => o.PayloadJson).ToListAsync(ct));
            stored.AddRange(await db.PaymentEvents.AsNoTracking().Select(e => e.Personnummer).ToListAsync(ct));
            stored.AddRange(await db.IdentityLinks.AsNoTracking().Select(l => l.Personnummer).ToListAsync(ct));
            return stored;
        });
}
