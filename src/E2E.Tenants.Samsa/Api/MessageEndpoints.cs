using System.Security.Claims;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;

namespace E2E.Tenants.Samsa.Api;

/// <summary>The date is read as text so a malformed one gets a Swedish message, not a bare 400.</summary>
public sealed record AdmissionNoticeInput(int VardtillfalleId, string? MottagareHsaId, string? BeraknatUtskrivningsdatum);

/// <summary>Sending notices and reading a unit's inbox.</summary>
public static class MessageEndpoints
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/meddelanden/inskrivning", async (AdmissionNoticeInput input, AdmissionNoticeSender sender, SamsaDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (await db.Vardtillfallen.FindAsync([input.VardtillfalleId], ct) is { } stay && !user.MayWriteFor(stay.EnhetHsaId))
            {
                return Results.Problem(user.WriteRefusal(stay.EnhetHsaId), statusCode: 403, title: UnitAccess.Title);
            }
            var outcome = await sender.SendAsync(input.VardtillfalleId, input.MottagareHsaId, Dates.Parse(input.BeraknatUtskrivningsdatum), ct);
            if (outcome.StayMissing)
            {
                return Results.Problem(outcome.Errors["vardtillfalleId"], statusCode: 404, title: "Okänt vårdtillfälle");
            }
            return outcome.Id is { } id
                ? Results.Created($"api/meddelanden/{id}", new { id })
                : Results.ValidationProblem(
                    outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Meddelandet kunde inte skickas");
        });
        app.MapGet("api/inkorgar/{hsaId}/meddelanden", async (string hsaId, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            if (!user.MayRead(hsaId, sim))
            {
                return Results.Problem(user.ReadRefusal(hsaId), statusCode: 403, title: UnitAccess.Title);
            }
            var rows = await db.InboxAsync(hsaId, ct);
            return Results.Ok(rows.Select(r => new
            {
                r.Id, r.Typ, r.Personnummer, r.Patientnamn, r.Adress, r.BeraknatUtskrivningsdatum, r.Avsandare,
                Mottagen = SwedishTime.ToSwedish(r.Mottagen),
            }));
        });
        return app;
    }
}
