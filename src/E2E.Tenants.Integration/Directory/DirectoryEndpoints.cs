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
        group.MapGet("", async (IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Namn).ToListAsync(ct);
            return Results.Ok(units.Select(u => u.ToDto(state.Today)));
        });
        group.MapGet("{hsaId}", async (string hsaId, string? datum, IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            var date = state.Today;
            if (datum is not null && !DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return Results.Problem($"Datumet \"{datum}\" ska skrivas som ÅÅÅÅ-MM-DD.", statusCode: 400, title: "Ogiltigt datum");
            }
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.HsaId == hsaId, ct);
            return unit is null
                ? Results.Problem($"Enheten {hsaId} finns inte i katalogen.", statusCode: 404, title: "Okänd enhet")
                : Results.Ok(unit.ToDto(date));
        });
        return app;
    }
}
