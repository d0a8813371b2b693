using System.Collections.Concurrent;

namespace E2E.Tenants.Integration.Simulation;

/// <summary>
/// Every request to the test-only API (_sim/…) of the three apps of one start, as "METHOD /path": lets a test prove
/// that a suite pointed at an environment without capabilities never touched it.
/// </summary>
public sealed class SimulationRequestLog
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public void Record(string method, string path) => _requests.Enqueue($"{method} {path}");

    /// <summary>Counts requests whose path begins with /_sim, before any other middleware can refuse them.</summary>
    internal sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (app.ApplicationServices.GetService<SimulationState>() is { } state)
                app.Use((context, following) =>
                {
                    if (context.Request.Path.StartsWithSegments("/_sim"))
                        state.Requests.Record(context.Request.Method, context.Request.Path + context.Request.QueryString);
                    return following(context);
                });
            next(app);
        };
    }
}
