using System.Security.Claims;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;

namespace E2E.Tenants.Samsa.Api;

/// <summary>Dates and times are read as text so a malformed one gets a Swedish message, not a bare 400.</summary>
public sealed record NoticeInput(
    int VardtillfalleId, string? MottagareHsaId, string? BeraknatUtskrivningsdatum, string? Motestid, string? Utskrivningstid,
    string[]? Deltagare, AttachmentInput[]? Bilagor = null);

/// <summary>A file on a notice in the API: name, content type and the content as base64.</summary>
public sealed record AttachmentInput(string? Namn, string? Innehallstyp, string? Innehall);

/// <summary>
/// Sending each message type, reading one, marking it read or acknowledged, and a unit's inbox; always for the
/// unit of the caller's assignment (403 otherwise, see <see cref="UnitAccess"/>).
/// </summary>
public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/meddelanden/{typ}", async (string typ, NoticeInput input, NoticeSender sender, SamsaDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (await db.Vardtillfallen.FindAsync([input.VardtillfalleId], ct) is { } stay && !user.MayWriteFor(stay.EnhetHsaId))
            {
                return Forbidden(user.WriteRefusal(stay.EnhetHsaId));
            }
            if (NoticeRequest.TypeOfPath(typ) is not { } code)
            {
                return Results.Problem($"Meddelandetypen \"{typ}\" finns inte. Kända typer: {string.Join(", ", MessageTypes.All.Keys)}.",
                    statusCode: 404, title: "Okänd meddelandetyp");
            }
            var outcome = await sender.SendAsync(new NoticeRequest(code, input.VardtillfalleId, input.MottagareHsaId,
                input.BeraknatUtskrivningsdatum, input.Motestid, input.Utskrivningstid, input.Deltagare,
                Bilagor: [.. (input.Bilagor ?? []).Select(b => AttachmentUpload.FromBase64(b.Namn, b.Innehallstyp, b.Innehall))]), ct);
            return Sent(outcome);
        });
        app.MapGet("api/meddelanden/{id:int}", async (int id, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            await db.Meddelanden.FindAsync([id], ct) is not { } m ? NotFound(id)
            : user.MayReadMessage(m.AvsandareHsaId, m.MottagareHsaId, sim) ? Results.Ok(NoticeView.From(m))
            : Forbidden(user.MessageRefusal()));
        app.MapPost("api/meddelanden/{id:int}/last", (int id, NoticeStates states, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            MarkAsync(id, false, states, db, user, sim, ct));
        app.MapPost("api/meddelanden/{id:int}/kvittera", (int id, NoticeStates states, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            MarkAsync(id, true, states, db, user, sim, ct));
        app.MapGet("api/inkorgar/{hsaId}/meddelanden", async (string hsaId, string? typ, string? status, int? sida, int? antal,
            HttpResponse response, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            if (!user.MayRead(hsaId, sim))
            {
                return Forbidden(user.ReadRefusal(hsaId));
            }
            // Without paging parameters the whole inbox comes back (as the skeleton's clients expect).
            var unpaged = sida is null && antal is null;
            var filter = new InboxFilter(typ, InboxFilter.ReadState(status), sida ?? 1, antal ?? (unpaged ? 500 : InboxFilter.DefaultPageSize));
            var page = await db.InboxAsync(hsaId, filter, ct);
            response.Headers["X-Totalt"] = page.Totalt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers["X-Sidor"] = page.Sidor.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Ok(page.Rader.Select(NoticeView.From));
        });
        return app;
    }

    /// <summary>201 with the new id(s), 404 for an unknown stay, or 400 with Swedish messages per field.</summary>
    public static IResult Sent(SendOutcome outcome)
    {
        if (outcome.StayMissing)
        {
            return Results.Problem(outcome.Errors["vardtillfalleId"], statusCode: 404, title: "Okänt vårdtillfälle");
        }
        return outcome.Id is { } id
            ? Results.Created($"api/meddelanden/{id}", new { id, ids = outcome.Ids })
            : Results.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Meddelandet kunde inte skickas");
    }

    /// <summary>Only the receiving unit reads or acknowledges a message.</summary>
    private static async Task<IResult> MarkAsync(
        int id, bool acknowledge, NoticeStates states, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct)
    {
        if (await db.Meddelanden.FindAsync([id], ct) is { } notice && !user.MayRead(notice.MottagareHsaId, sim))
        {
            return Forbidden(user.ReadRefusal(notice.MottagareHsaId));
        }
        return await states.MarkAsync(id, acknowledge, ct) is { } marked ? Results.Ok(NoticeView.From(marked)) : NotFound(id);
    }

    public static IResult Forbidden(string message) => Results.Problem(message, statusCode: 403, title: UnitAccess.Title);

    private static IResult NotFound(int id) =>
        Results.Problem($"Meddelande {id} finns inte i någon SAMSA-inkorg.", statusCode: 404, title: "Okänt meddelande");
}
