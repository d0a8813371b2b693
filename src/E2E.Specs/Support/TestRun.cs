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

    /// <param name="runNow">Where the tenants' clock would be had no scenario moved it.</param>
    public static void Start(SuiteSettings settings, TenantEndpoints endpoints, Func<DateTimeOffset> runNow)
    {
        var guard = settings.HostGuard;
        endpoints.EnsureAllowed(guard);
        _state = new State(settings, endpoints, guard,
            new TenantHttpClients(endpoints, guard), new BrowserPool(settings.Playwright), runNow);
    }

    public static async Task StopAsync()
    {
        if (_state is null) return;
        await _state.Browsers.DisposeAsync();
        _state.Http.Dispose();
        _state = null;
    }

    public sealed record State(
        SuiteSettings Settings, TenantEndpoints Endpoints, AllowedHostsGuard HostGuard,
        TenantHttpClients Http, BrowserPool Browsers, Func<DateTimeOffset> RunNow);
}
