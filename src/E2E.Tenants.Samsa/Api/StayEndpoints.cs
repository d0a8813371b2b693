using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Decommissioning;
using E2E.Tenants.Samsa.Messaging;

namespace E2E.Tenants.Samsa.Api;

public sealed record StayInput(string? Personnummer, string? EnhetHsaId, DateTimeOffset? Inskrivningstid)
{
    /// <summary>Instead of a personnummer: a reserve number and its issuer OID (VGR's when left out).</summary>
    public string? Reservnummer { get; init; }
    public string? ReservnummerOid { get; init; }
}

/// <summary>Admissions (vårdtillfällen) on SAMSA wards.</summary>
public static class StayEndpoints
{
    public static IEndpointRouteBuilder MapStays(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/vardtillfallen", async (StayInput input, SamsaDb db, CaseStore cases, IntegrationClient directory, DecommissionNotice decommissioning, SimulationState sim, CancellationToken ct) =>
        {
            if (await decommissioning.NewWorkRefusalAsync(ct) is { } refusal)
            {
                return Results.Problem(refusal, statusCode: StatusCodes.Status423Locked, title: "SAMSA avvecklas");
            }
            var (key, _) = PatientIdentity.FromInput(input.Personnummer, input.Reservnummer, input.ReservnummerOid);
            var pnr = key is null ? null : await db.ResolveAsync(key, sim.ValueOnly(), ct);
            if (pnr is null || await db.Patienter.FindAsync([pnr], ct) is null)
            {
                return Problem("personnummer", "Patienten finns inte i SAMSA. Registrera patienten först.");
            }
            var unit = string.IsNullOrWhiteSpace(input.EnhetHsaId) ? null : await directory.UnitAsync(input.EnhetHsaId, sim.Today, ct);
            if (unit is null)
            {
                return Problem("enhetHsaId", "Enheten finns inte i katalogen.");
            }
            if (unit.System != SystemNames.Samsa)
            {
                return Problem("enhetHsaId", $"{unit.Namn} arbetar i {unit.System}, inte i SAMSA.");
            }
            var stay = new Vardtillfalle
            {
                Personnummer = pnr,
                EnhetHsaId = unit.HsaId,
                Inskrivningstid = (input.Inskrivningstid ?? sim.Clock.GetUtcNow()).UtcDateTime,
            };
            var arende = CaseStore.Open(stay, sim.Clock.GetUtcNow().UtcDateTime); // the stay's case opens with it
            db.Arenden.Add(arende);
            await db.RecordMovesAsync(directory, stay, sim.Today, ct); // payment: a move from a Samvy ward
            await db.SaveChangesAsync(ct);
            await cases.AnnounceOpenedAsync(arende, ct, unit.Namn);
            return Results.Created($"api/vardtillfallen/{stay.Id}", new { id = stay.Id, arendeId = arende.Id });
        });
        return app;
    }

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Vårdtillfället kunde inte skapas");
}
