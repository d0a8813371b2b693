using System.Net;
using System.Text;
using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Reachability;
using E2E.Organisation;
using Microsoft.Playwright;

namespace E2E.Cli.Tests;

/// <summary>
/// The drivers' UI path with a real Chromium: a person opening a page of a tenant that does not take the connection,
/// or that answers 503 "unavailable", gets an environment failure naming the system; down on purpose, the page is
/// what the scenario checks.
/// </summary>
[NonParallelizable] // the run's reachability is one for the whole test run, as in the suite
public sealed class TenantNavigationTests
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserLauncher.LaunchAsync(_playwright, new PlaywrightSettings());
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        TenantReachability.Run = null;
    }

    [Test]
    public async Task A_page_nobody_answers_is_an_environment_failure()
    {
        var port = FreePort.Next();
        TenantReachability.Run = Reachability(samvyPort: port);
        var page = await _browser!.NewPageAsync();

        var act = () => page.GotoTenantAsync(new Uri($"http://127.0.0.1:{port}/logga-in"));

        (await act.Should().ThrowAsync<TenantUnreachableException>()).Which.Message.Should()
            .StartWith($"MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:{port}/logga-in): webbläsaren fick inget svar på /logga-in (net::ERR_CONNECTION_REFUSED");
    }

    [Test]
    public async Task A_503_page_is_an_environment_failure_unless_the_system_is_down_on_purpose()
    {
        using var listener = Unavailable(out var port);
        var reachability = Reachability(samvyPort: port);
        TenantReachability.Run = reachability;
        var page = await _browser!.NewPageAsync();
        var address = new Uri($"http://127.0.0.1:{port}/meddelandecenter");

        (await page.Invoking(p => p.GotoTenantAsync(address)).Should().ThrowAsync<TenantUnreachableException>()).Which.Message.Should()
            .Be($"MILJÖFEL: Samvy i miljön local svarade inte ({address}): sidan /meddelandecenter svarade 503 Service Unavailable, " +
                "\"Samvy är inte tillgängligt just nu (driftsstörning).\"");

        reachability.TakenDownOnPurpose(CareSystem.Samvy);
        var response = await page.GotoTenantAsync(address);
        response!.Status.Should().Be(503);
    }

    [Test]
    public async Task A_page_that_turns_unavailable_after_a_click_is_noted_for_after_the_failure()
    {
        using var listener = Unavailable(out var port);
        TenantReachability.Run = Reachability(samvyPort: port);
        var page = await _browser!.NewPageAsync();
        await page.GotoTenantAsync(new Uri($"http://127.0.0.1:{port}/start"));
        TenantNavigation.FirstUnavailableSeen(page).Should().BeNull("the first page answered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).ClickAsync();
        await page.WaitForURLAsync($"http://127.0.0.1:{port}/inkorg");

        TenantNavigation.FirstUnavailableSeen(page)!.Message.Should().StartWith(
            $"MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:{port}/inkorg): sidan /inkorg svarade 503");
    }

    private static TenantReachability Reachability(int samvyPort) => new(new TenantEndpoints(
        new Uri("http://127.0.0.1:1/"), new Uri($"http://127.0.0.1:{samvyPort}/"), new Uri("http://127.0.0.1:2/"), IsSimulated: true), "local");

    /// <summary>A tenant that answers every request as the simulation does during an outage.</summary>
    private static HttpListener Unavailable(out int port)
    {
        port = FreePort.Next();
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                // "/start" answers with a link onward, as a page a person clicks on from; everything else is down.
                var start = context.Request.Url!.AbsolutePath == "/start";
                var body = Encoding.UTF8.GetBytes(start ? "<html><body><a href='/inkorg'>Inkorg</a></body></html>"
                    : "Samvy är inte tillgängligt just nu (driftsstörning).");
                context.Response.StatusCode = start ? 200 : 503;
                context.Response.ContentType = start ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        });
        return listener;
    }
}
