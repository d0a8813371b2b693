namespace E2E.Tenants.Integration.Simulation;

/// <summary>The simulated clock (test-only API): move "now" for every tenant at once, or go back to real time.</summary>
public static class ClockEndpoints
{
    public sealed record ClockDto(DateTimeOffset Nu, DateOnly Idag, bool Flyttad);

    public sealed record ClockInput(DateTimeOffset? Nu);

    public static RouteGroupBuilder MapClock(this RouteGroupBuilder sim)
    {
        sim.MapGet("klocka", (SimulationState state) => Results.Ok(Read(state)));
        sim.MapPut("klocka", (ClockInput input, SimulationState state) =>
        {
            if (input.Nu is not { } now)
            {
                return Results.Problem("Ange tidpunkten som \"nu\", t.ex. 2026-03-06T09:00:00+01:00.", statusCode: 400, title: "Tid saknas");
            }
            state.Clock.SetNow(now);
            return Results.Ok(Read(state));
        });
        sim.MapDelete("klocka", (SimulationState state) =>
        {
            state.Clock.Restore();
            return Results.Ok(Read(state));
        });
        return sim;
    }

    private static ClockDto Read(SimulationState state) => new(SwedishTime.Now(state.Clock), state.Today, state.Clock.IsShifted);
}
