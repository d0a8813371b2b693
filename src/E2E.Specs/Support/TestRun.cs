using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Http;

namespace E2E.Specs.Support;

/// <summary>What lives for the whole run: settings, the tenants' addresses, HTTP clients and the browser pool.</summary>
internal static class TestRun
{
    private static State? _state;

    public static State Current => _state ?? throw new InvalidOperationException(
        "Testkörningen är inte startad: [BeforeTestRun] har inte körts (starta sviten genom dess NUnit-fixtur).");

    public static void Start(SuiteSettings settings, TenantEndpoints endpoints)
    {
        var guard = settings.HostGuard;
        endpoints.EnsureAllowed(guard);
        _state = new State(settings, endpoints, guard,
            new TenantHttpClients(endpoints, guard), new BrowserPool(settings.Playwright), RunClock);
    }

    public static async Task StopAsync()
    {
        if (_state is null) return;
        await _state.Browsers.DisposeAsync();
        _state.Http.Dispose();
        _state = null;
    }

    /// <summary>Where the tenants' clock would be had no scenario moved it: the run's "now" plus the time since.</summary>
    public static Func<DateTimeOffset> RunClock { get; set; } = () => TimeProvider.System.GetUtcNow();

    public sealed record State(
        SuiteSettings Settings, TenantEndpoints Endpoints, AllowedHostsGuard HostGuard,
        TenantHttpClients Http, BrowserPool Browsers, Func<DateTimeOffset> RunNow);
}
