namespace E2E.Tenants.Integration.Simulation;

/// <summary>Switching named faults on and off (test-only API).</summary>
public static class FaultEndpoints
{
    public sealed record FaultDto(string Namn, string Beskrivning, string[] Processer);

    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder sim)
    {
        sim.MapGet("faults", (SimulationState state) => Results.Ok(state.ActiveFaults));
        // Every named fault with what it does and the processes it threatens (for fault drills such as "felprov").
        sim.MapGet("faults/katalog", () => Results.Ok(KnownFaults.All.Select(f => new FaultDto(f.Key, f.Value, KnownFaults.Threatens[f.Key]))));
        sim.MapPut("faults/{name}", (string name, SimulationState state) => Switch(name, state, on: true));
        sim.MapDelete("faults/{name}", (string name, SimulationState state) => Switch(name, state, on: false));
        return sim;
    }

    private static IResult Switch(string name, SimulationState state, bool on)
    {
        if (!KnownFaults.IsKnown(name))
        {
            return Results.Problem(KnownFaults.UnknownMessage(name), statusCode: 404, title: "Okänt fel");
        }
        if (on)
        {
            state.SwitchOn(name);
        }
        else
        {
            state.SwitchOff(name);
        }
        return Results.Ok(state.ActiveFaults);
    }
}
