using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>Where the integration delivers notices from other systems into SAMSA inboxes.</summary>
public static class InboundEndpoints
{
    public static IEndpointRouteBuilder MapInbound(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/integration/meddelanden", async (RoutedMessage message, SamsaDb db, SimulationState sim, CancellationToken ct) =>
        {
            var externalId = $"{message.AvsandarSystem}:{message.MeddelandeId}";
            if (await db.Meddelanden.AnyAsync(m => m.ExterntId == externalId, ct))
            {
                return Results.NoContent(); // delivered before: land once only
            }
            var p = message.Patient;
            db.Meddelanden.Add(new Meddelande
            {
                Typ = message.Typ,
                Personnummer = Personnummer.Normalize(p.Personnummer) ?? p.Personnummer,
                Patientnamn = $"{p.Fornamn} {p.Efternamn}",
                Adress = $"{p.Gatuadress}, {p.Postnummer} {p.Postort}",
                BeraknatUtskrivningsdatum = message.BeraknatUtskrivningsdatum,
                AvsandareHsaId = message.AvsandareHsaId,
                AvsandareNamn = message.AvsandareNamn,
                MottagareHsaId = message.MottagareHsaId,
                Skickad = message.Skickad,
                Mottagen = sim.Clock.GetUtcNow().UtcDateTime,
                ExterntId = externalId,
            });
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });
        return app;
    }
}
