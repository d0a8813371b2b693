using E2E.Core.Settings;
using Microsoft.Playwright;

namespace E2E.Core.Browser;

/// <summary>
/// The browser side of one scenario: one rented browser, one context per actor (each with its own login and trace).
/// <paramref name="attempt"/> (1 = the first try) decides what a retry-aware trace mode records (<see cref="TracePolicy"/>).
/// </summary>
public sealed class ScenarioBrowser(BrowserPool pool, AllowedHostsGuard hostGuard, int attempt = 1)
{
    private readonly PlaywrightSettings _settings = TracePolicy.ForAttempt(pool.Settings, attempt);
    private readonly Dictionary<string, ActorContext> _actors = new(StringComparer.OrdinalIgnoreCase);
    private IBrowser? _browser;

    /// <summary>The page an actor works in; the first call for an actor opens a fresh context for them.</summary>
    public async Task<IPage> PageForAsync(string actor)
    {
        if (_actors.TryGetValue(actor, out var existing)) return existing.Page;
        _browser ??= await pool.RentAsync();
        var context = await ActorContextFactory.CreateAsync(_browser, _settings, hostGuard, actor);
        _actors[actor] = context;
        return context.Page;
    }

    /// <summary>The pages the scenario's actors work in (e.g. to read what they were shown after a failure).</summary>
    public IReadOnlyList<IPage> Pages => [.. _actors.Values.Select(a => a.Page)];

    /// <summary>Closes every context; on failure returns screenshots and traces according to the policy.</summary>
    public async Task<IReadOnlyList<Evidence>> FinishAsync(bool failed)
    {
        var evidence = new List<Evidence>();
        try
        {
            foreach (var actor in _actors.Values)
            {
                try { evidence.AddRange(await actor.CloseAsync(failed, _settings)); }
                catch (PlaywrightException e)
                {
                    // A crashed page must not hide the scenario's own failure; say so and carry on.
                    await Console.Error.WriteLineAsync($"Kunde inte spara bevis för {actor.Actor}: {e.Message}");
                }
            }
        }
        finally
        {
            _actors.Clear();
            if (_browser is not null) pool.Return(_browser);
            _browser = null;
        }
        return evidence;
    }
}
