namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>
/// The decommissioning as SAMSA's administrators (förvaltningen) run it, reached in the simulation through the
/// test-only API: status and lists, begin, carry over or close each case and SIP, make SAMSA read-only. Against a
/// real SAMSA the administrators do this; the suite checks the outcome through SAMSA's and Samvy's own APIs.
/// </summary>
public static class DecommissionEndpoints
{
    public static IEndpointRouteBuilder MapDecommissioning(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("_sim/avveckling");
        group.MapGet("", async (DecommissionOverview overview, CancellationToken ct) => Results.Ok(await overview.StatusAsync(ct)));
        group.MapPost("paborja", async (Decommission steps, CancellationToken ct) => (await steps.BeginAsync(ct)).ToResult());
        group.MapPost("skrivskydda", async (Decommission steps, CancellationToken ct) => (await steps.MakeReadOnlyAsync(ct)).ToResult());
        group.MapPost("sipar/{id:int}/overfor", async (int id, Decommission steps, CancellationToken ct) => (await steps.CarryOverSipAsync(id, ct)).ToResult());
        group.MapPost("sipar/{id:int}/avsluta", async (int id, Decommission steps, CancellationToken ct) => (await steps.CloseSipAsync(id, ct)).ToResult());
        group.MapPost("arenden/{id:int}/overfor", async (int id, Decommission steps, CancellationToken ct) => (await steps.CarryOverCaseAsync(id, ct)).ToResult());
        group.MapPost("arenden/{id:int}/avsluta", async (int id, Decommission steps, CancellationToken ct) => (await steps.CloseCaseAsync(id, ct)).ToResult());
        return app;
    }
}
