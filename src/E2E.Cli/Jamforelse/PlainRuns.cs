using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Core.Time;
using E2E.Drivers.Http;
using E2E.Tenants.Host;
using E2E.TestData;
using E2E.TestData.Leasing;
using Microsoft.Playwright;

namespace E2E.Cli.Jamforelse;

/// <summary>
/// The plain flow <paramref name="times"/> times after one warm-up, against simulated tenants started here, with one
/// browser as the suite launches it. Returns each timed run's phases and the peak memory of this process and its browser.
/// </summary>
internal static class PlainRuns
{
    public static async Task<(IReadOnlyList<PhaseTimes> Runs, long PeakBytes)> MeasureAsync(string root, int times)
    {
        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = SuiteNow.Value });
        var endpoints = new TenantEndpoints(tenants.SamsaUrl, tenants.SamvyUrl, tenants.IntegrationUrl, IsSimulated: true)
        {
            Credentials = new ApiCredentials(Client(tenants.SamsaClient), Client(tenants.SamvyClient)),
        };
        using var http = new TenantHttpClients(endpoints, new AllowedHostsGuard(["127.0.0.1", "localhost"], "benchmark"));
        var settings = PlaywrightSettingsLoader.Load(root);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright, settings);
        var patients = new PatientBuilder(seed: 404, new InMemoryIdentityLeases()) { Today = SwedishTime.DateOf(SuiteNow.Value) };
        var flow = new PlainP04Flow(browser, tenants.SamsaUrl, tenants.SamvyUrl, http, patients, SuiteNow.Value, settings.Timeouts.MessageDelivery);

        using var memory = ProcessTreeMemory.Watch(Environment.ProcessId);
        var runs = new List<PhaseTimes>();
        for (var i = 0; i <= times; i++)
        {
            var run = await flow.RunAsync();
            if (i > 0) runs.Add(run); // the first warms up the browser, the tenants and the JIT, as the suite's first scenario does
        }
        return (runs, memory.PeakBytes);
    }

    private static ApiClient Client(ApiClientCredentials client) => new(client.ClientId, new Secret(client.ClientSecret));
}
