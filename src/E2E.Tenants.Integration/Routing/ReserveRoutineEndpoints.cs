using E2E.Tenants.Integration.Data;

namespace E2E.Tenants.Integration.Routing;

/// <summary>
/// The reserve routine's list, readable by the recipient units while Samvy is down: JSON for systems and a plain
/// page for people. Open like the rest of the integration's API (it is the routine's hand-over, not an inbox).
/// </summary>
public static class ReserveRoutineEndpoints
{
    public static IEndpointRouteBuilder MapReserveRoutine(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/reservrutin", async (string? enhet, IntegrationDb db, CancellationToken ct) =>
            Results.Ok(await ReserveRoutineQuery.HeldAsync(db, enhet, ct)));
        app.MapGet("reservrutin", async (string? enhet, IntegrationDb db, CancellationToken ct) =>
            Results.Content(ReserveRoutinePage.Render(await ReserveRoutineQuery.HeldAsync(db, enhet, ct)), "text/html; charset=utf-8"));
        return app;
    }
}
