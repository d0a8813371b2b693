using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;

namespace E2E.Tenants.Samsa.Api;

/// <summary>Dates and times are read as text so a malformed one gets a Swedish message, not a bare 400.</summary>
public sealed record NoticeInput(
    int VardtillfalleId, string? MottagareHsaId, string? BeraknatUtskrivningsdatum, string? Motestid, string? Utskrivningstid,
    string[]? Deltagare);

/// <summary>Sending each message type, reading one, marking it read or acknowledged, and a unit's inbox.</summary>
public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/meddelanden/{typ}", async (string typ, NoticeInput input, NoticeSender sender, CancellationToken ct) =>
        {
            if (NoticeRequest.TypeOfPath(typ) is not { } code)
            {
                return Results.Problem($"Meddelandetypen \"{typ}\" finns inte. Kända typer: {string.Join(", ", MessageTypes.All.Keys)}.",
                    statusCode: 404, title: "Okänd meddelandetyp");
            }
            var outcome = await sender.SendAsync(new NoticeRequest(code, input.VardtillfalleId, input.MottagareHsaId,
                input.BeraknatUtskrivningsdatum, input.Motestid, input.Utskrivningstid, input.Deltagare), ct);
            return Sent(outcome);
        });
        app.MapGet("api/meddelanden/{id:int}", async (int id, SamsaDb db, CancellationToken ct) =>
            await db.Meddelanden.FindAsync([id], ct) is { } m ? Results.Ok(NoticeView.From(m)) : NotFound(id));
        app.MapPost("api/meddelanden/{id:int}/last", (int id, NoticeStates states, CancellationToken ct) => MarkAsync(id, false, states, ct));
        app.MapPost("api/meddelanden/{id:int}/kvittera", (int id, NoticeStates states, CancellationToken ct) => MarkAsync(id, true, states, ct));
        app.MapGet("api/inkorgar/{hsaId}/meddelanden", async (
            string hsaId, string? typ, string? status, int? sida, int? antal, HttpResponse response, SamsaDb db, CancellationToken ct) =>
        {
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

    private static async Task<IResult> MarkAsync(int id, bool acknowledge, NoticeStates states, CancellationToken ct) =>
        await states.MarkAsync(id, acknowledge, ct) is { } notice ? Results.Ok(NoticeView.From(notice)) : NotFound(id);

    private static IResult NotFound(int id) =>
        Results.Problem($"Meddelande {id} finns inte i någon SAMSA-inkorg.", statusCode: 404, title: "Okänt meddelande");
}
