using E2E.Organisation;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Directory;
using E2E.Tenants.Integration.Routing;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Simulation;

/// <summary>The test-only API. It exists only in simulation; real tenants have nothing like it.</summary>
public static class SimulationEndpoints
{
    public static IEndpointRouteBuilder MapSimulation(this IEndpointRouteBuilder app)
    {
        var sim = app.MapGroup("_sim");
        sim.MapPost("reset", async (IntegrationDb db, SimulationState state, CancellationToken ct) =>
        {
            using (await state.ExclusiveAsync(ct))
            {
                await ResetDirectoryAsync(db, ct);
                state.RestoreStartupFaults();
                state.RestoreStartClock();
                await state.ResetTenantsAsync(ct);
            }
            return Results.NoContent();
        });
        sim.MapPut("enheter", async (UnitUpsert[] units, IntegrationDb db, CancellationToken ct) =>
        {
            var invalid = units.FirstOrDefault(u => string.IsNullOrWhiteSpace(u.HsaId) || string.IsNullOrWhiteSpace(u.Namn));
            if (invalid is not null)
            {
                return Results.Problem("Varje enhet måste ha HSA-id och namn.", statusCode: 400, title: "Ogiltig enhet");
            }
            await SeedData.UpsertUnitsAsync(db, units, ct);
            return Results.NoContent();
        });
        sim.MapGet("anvandare", async (IntegrationDb db, SimulationState state, SystemChoice choice, CancellationToken ct) =>
        {
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.HsaId, ct);
            var users = await db.DemoUsers.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct);
            return Results.Ok(users.Where(u => units.ContainsKey(u.EnhetHsaId)).Select(u =>
            {
                var unit = units[u.EnhetHsaId];
                return new DemoUserDto(u.Id, u.Namn, u.Roll, unit.HsaId, unit.Namn, choice.SystemOn(unit, state.Today),
                    StaffCatalogue.DemoUserFor(unit.HsaId, unit.Typ).HsaId);
            }));
        });
        sim.MapFaults();
        sim.MapClock();
        sim.MapRoutingLog();
        return app;
    }

    private static async Task ResetDirectoryAsync(IntegrationDb db, CancellationToken ct)
    {
        await db.RoutedMessages.ExecuteDeleteAsync(ct);
        await db.DemoUsers.ExecuteDeleteAsync(ct);
        await db.Units.ExecuteDeleteAsync(ct);
        await SeedData.ApplyAsync(db, ct);
    }
}
