using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Actors;
using E2E.Drivers.Http;
using E2E.Drivers.Reachability;

namespace E2E.Specs.Support;

/// <summary>What lives for the whole run: settings, the tenants' addresses, HTTP clients, the browser pool and the logins.</summary>
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
        var http = new TenantHttpClients(endpoints, guard, settings.Environment.Name);
        TenantReachability.Run = http.Reachability; // page objects reach it without being handed it
        _state = new State(settings, endpoints, guard, http, new BrowserPool(settings.Playwright), new SignIns(), runNow);
    }

    public static async Task StopAsync()
    {
        if (_state is null) return;
        await _state.Browsers.DisposeAsync();
        _state.Http.Dispose();
        TenantReachability.Run = null;
        _state = null;
    }

    public sealed record State(
        SuiteSettings Settings, TenantEndpoints Endpoints, AllowedHostsGuard HostGuard,
        TenantHttpClients Http, BrowserPool Browsers, SignIns SignIns, Func<DateTimeOffset> RunNow);
}
