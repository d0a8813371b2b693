using System.Globalization;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Directory;

/// <summary>Millenniumenheter: which system and inbox a unit uses on a date.</summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/enheter");
        group.MapGet("", async (string? datum, IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            if (ParseDate(datum, state) is not { } date)
            {
                return InvalidDate(datum);
            }
            var units = await db.Units.AsNoTracking().ToListAsync(ct);
            return Results.Ok(units.OrderBy(u => u.Namn, SwedishOrder).Select(u => u.ToDto(date)));
        });
        group.MapGet("{hsaId}", async (string hsaId, string? datum, IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            if (ParseDate(datum, state) is not { } date)
            {
                return InvalidDate(datum);
            }
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.HsaId == hsaId, ct);
            return unit is null
                ? Results.Problem($"Enheten {hsaId} finns inte i katalogen.", statusCode: 404, title: "Okänd enhet")
                : Results.Ok(unit.ToDto(date));
        });
        return app;
    }

    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    /// <summary>The asked date (yyyy-MM-dd), today when none is given, null when it cannot be read.</summary>
    private static DateOnly? ParseDate(string? datum, SimulationState state) =>
        datum is null ? state.Today
        : DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IResult InvalidDate(string? datum) =>
        Results.Problem($"Datumet \"{datum}\" ska skrivas som ÅÅÅÅ-MM-DD.", statusCode: 400, title: "Ogiltigt datum");
}
