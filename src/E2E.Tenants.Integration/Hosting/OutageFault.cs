using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Hosting;

/// <summary>Fault "&lt;system&gt;-nere": the whole tenant answers 503, as during an outage (driftsstörning).</summary>
public static class OutageFault
{
    public static IApplicationBuilder UseOutageFault(this IApplicationBuilder app, SimulationState sim, string fault, string systemName) =>
        app.Use(async (http, next) =>
        {
            if (!sim.IsOn(fault))
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "1";
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{systemName} är inte tillgängligt just nu (driftsstörning). Försök igen senare.");
        });
}
