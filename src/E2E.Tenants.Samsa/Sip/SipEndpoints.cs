using System.Security.Claims;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Api;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Decommissioning;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Sip;

public sealed record SipInput(string? Motestid, IReadOnlyList<string>? Deltagare);

/// <summary>
/// SIP on SAMSA's REST API: call one on a case (the case's owning unit only), and list a patient's SIPs in both
/// systems (SAMSA's own and references to Samvy's) for the units involved in the patient's cases.
/// </summary>
public static class SipEndpoints
{
    public static IEndpointRouteBuilder MapSips(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/arenden/{id:int}/sip", async (int id, SipInput input, CaseStore cases, SipService sips, DecommissionNotice decommissioning, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (await decommissioning.NewWorkRefusalAsync(ct) is { } refusal)
            {
                return Results.Problem(refusal, statusCode: StatusCodes.Status423Locked, title: "SAMSA avvecklas");
            }
            if (await cases.GetAsync(id, ct) is not { } arende)
            {
                return Results.Problem($"Ärende {id} finns inte.", statusCode: 404, title: "Okänt ärende");
            }
            if (!user.MayWriteFor(arende.AgareHsaId))
            {
                return NoticeEndpoints.Forbidden(user.WriteRefusal(arende.AgareHsaId));
            }
            var outcome = await sips.CallAsync(arende, input.Motestid, input.Deltagare ?? [], ct);
            return outcome switch
            {
                { Conflict: { } conflict } => Results.Problem(conflict, statusCode: 409, title: "SIP finns redan"),
                { Sip: { } sip } => Results.Created($"api/sip/{sip.Id}", SipView.From(sip)),
                _ => Results.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "SIP:en kunde inte kallas"),
            };
        });
        app.MapGet("api/sip", async (string? personnummer, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            var pnr = Personnummer.Normalize(personnummer);
            if (pnr is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["personnummer"] = ["Ange patientens personnummer."] }, title: "Ogiltig sökning");
            }
            var unit = user.UnitHsaId();
            var involved = sim.IsOn(KnownFaults.ReadOtherUnitsInbox)
                || await db.Arenden.AnyAsync(a => a.Personnummer == pnr && a.AgareHsaId == unit, ct)
                || await db.Meddelanden.AnyAsync(m => m.Personnummer == pnr && (m.MottagareHsaId == unit || m.AvsandareHsaId == unit), ct);
            return !involved ? NoticeEndpoints.Forbidden($"Ditt uppdrag gäller {user.UnitName()}. Enheten deltar inte i patientens vård.")
                : Results.Ok(await ListAsync(db, pnr, ct));
        });
        return app;
    }

    public static async Task<List<SipView>> ListAsync(SamsaDb db, string personnummer, CancellationToken ct)
    {
        var own = await db.Sipar.AsNoTracking().Where(s => s.Personnummer == personnummer).OrderBy(s => s.Id).ToListAsync(ct);
        var others = await db.ReferencesForAsync(personnummer, EventObjects.Sip, ct);
        return [.. own.Select(SipView.From), .. others.Select(SipView.From)];
    }
}
