using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;

namespace E2E.Tenants.Samsa.Api;

public sealed record EstimateInput(string? BeraknatUtskrivningsdatum);

/// <summary>A coordination case as the API shows it, with its timeline of notices and their states.</summary>
public sealed record CaseView(
    int Id, int VardtillfalleId, string Personnummer, string Patientnamn, string AgareHsaId, string Status,
    DateTimeOffset Oppnat, DateTimeOffset? Utskriven, DateTimeOffset? Stangt, IReadOnlyList<NoticeView>? Tidslinje)
{
    public static CaseView From(Arende a, IEnumerable<Meddelande>? timeline = null) => new(
        a.Id, a.VardtillfalleId, E2E.Tenants.Integration.Contracts.Personnummer.Display(a.Personnummer), a.Vardtillfalle?.Patient?.FullName ?? string.Empty, a.AgareHsaId,
        a.Stangt is null ? "öppet" : "avslutat", SwedishTime.ToSwedish(a.Oppnat),
        a.Utskriven is { } u ? SwedishTime.ToSwedish(u) : null, a.Stangt is { } s ? SwedishTime.ToSwedish(s) : null,
        timeline is null ? null : [.. timeline.Select(NoticeView.From)]);
}

/// <summary>Coordination cases (samordningsärenden): list, one with its timeline, estimate update, close.</summary>
public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/arenden", async (string? enhetHsaId, string? personnummer, CaseStore cases, CancellationToken ct) =>
            Results.Ok((await cases.ListAsync(enhetHsaId, Personnummer.Normalize(personnummer) ?? personnummer, ct)).Select(a => CaseView.From(a))));
        app.MapGet("api/arenden/{id:int}", async (int id, CaseStore cases, CancellationToken ct) =>
            await cases.GetAsync(id, ct) is { } a ? Results.Ok(CaseView.From(a, await cases.TimelineAsync(id, ct))) : NotFound(id));
        app.MapPost("api/arenden/{id:int}/beraknat-utskrivningsdatum", async (int id, EstimateInput input, CaseStore cases, NoticeSender sender, CancellationToken ct) =>
            await cases.GetAsync(id, ct) is { } a ? NoticeEndpoints.Sent(await sender.UpdateEstimateAsync(a, input.BeraknatUtskrivningsdatum, ct)) : NotFound(id));
        app.MapPost("api/arenden/{id:int}/avsluta", async (int id, CaseStore cases, CancellationToken ct) =>
        {
            if (await cases.GetAsync(id, ct) is not { } a)
            {
                return NotFound(id);
            }
            await cases.CloseAsync(a, null, ct);
            return Results.Ok(CaseView.From(a));
        });
        return app;
    }

    private static IResult NotFound(int id) => Results.Problem($"Ärende {id} finns inte.", statusCode: 404, title: "Okänt ärende");
}
