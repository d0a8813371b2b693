using E2E.Tenants.Integration.Hosting;
using System.Security.Claims;
using E2E.Tenants.Integration.Access;
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
        a.OverfortTill is not null ? "överfört" : a.Stangt is null ? "öppet" : "avslutat", SwedishTime.ToSwedish(a.Oppnat),
        a.Utskriven is { } u ? SwedishTime.ToSwedish(u) : null, a.Stangt is { } s ? SwedishTime.ToSwedish(s) : null,
        timeline is null ? null : [.. timeline.Select(NoticeView.From)])
    {
        OverfortTill = a.OverfortTill,
    };

    /// <summary>The Samvy case that took this one over when SAMSA was decommissioned ("Samvy:id"); null otherwise.</summary>
    public string? OverfortTill { get; init; }
}

/// <summary>
/// Coordination cases (samordningsärenden): list, one with its timeline, estimate update, close. A case is read and
/// changed by its owning ward only (the list defaults to the caller's unit).
/// </summary>
public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/arenden", async (string? enhetHsaId, string? personnummer, CaseStore cases, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
        {
            var unit = enhetHsaId ?? user.UnitHsaId();
            return !user.MayRead(unit, sim) ? NoticeEndpoints.Forbidden(user.ReadRefusal(unit))
                : Results.Ok((await cases.ListAsync(unit, Personnummer.Normalize(personnummer) ?? personnummer, ct)).Select(a => CaseView.From(a)));
        });
        app.MapGet("api/arenden/{id:int}", async (int id, CaseStore cases, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            await cases.GetAsync(id, ct) is not { } a ? NotFound(id)
            : !user.MayRead(a.AgareHsaId, sim) ? NoticeEndpoints.Forbidden(user.ReadRefusal(a.AgareHsaId))
            : Results.Ok(CaseView.From(a, await cases.TimelineAsync(id, ct))));
        app.MapPost("api/arenden/{id:int}/beraknat-utskrivningsdatum", async (int id, EstimateInput input, CaseStore cases, NoticeSender sender, ClaimsPrincipal user, CancellationToken ct) =>
            await cases.GetAsync(id, ct) is not { } a ? NotFound(id)
            : !user.MayWriteFor(a.AgareHsaId) ? NoticeEndpoints.Forbidden(user.WriteRefusal(a.AgareHsaId))
            : NoticeEndpoints.Sent(await sender.UpdateEstimateAsync(a, input.BeraknatUtskrivningsdatum, ct)));
        app.MapPost("api/arenden/{id:int}/avsluta", async (int id, CaseStore cases, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (await cases.GetAsync(id, ct) is not { } a)
            {
                return NotFound(id);
            }
            if (!user.MayWriteFor(a.AgareHsaId))
            {
                return NoticeEndpoints.Forbidden(user.WriteRefusal(a.AgareHsaId));
            }
            return await cases.CloseAsync(a, null, ct) is { } refusal
                ? Results.Problem(refusal, statusCode: 409, title: "Överföring pågår")
                : Results.Ok(CaseView.From(a));
        });
        return app;
    }

    private static IResult NotFound(int id) => Results.Problem($"Ärende {id} finns inte.", statusCode: 404, title: "Okänt ärende");
}
