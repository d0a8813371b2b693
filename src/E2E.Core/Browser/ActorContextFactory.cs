using E2E.Core.Settings;
using Microsoft.Playwright;

namespace E2E.Core.Browser;

/// <summary>Opens a Swedish-speaking browser context for one actor, host-guarded and traced from the start.</summary>
internal static class ActorContextFactory
{
    public static async Task<ActorContext> CreateAsync(
        IBrowser browser, PlaywrightSettings settings, AllowedHostsGuard hostGuard, string actor)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(settings.Timeouts.ActionMs);
        context.SetDefaultNavigationTimeout(settings.Timeouts.NavigationMs);
        Assertions.SetDefaultExpectTimeout(settings.Timeouts.ExpectMs);

        // Belt and braces beside the HTTP guard: the browser may not leave the allow-list either.
        await context.RouteAsync("**/*", async route =>
        {
            if (hostGuard.IsAllowed(new Uri(route.Request.Url))) await route.ContinueAsync();
            else
            {
                await Console.Error.WriteLineAsync($"Blockerad begäran till värd utanför allowedHosts: {new Uri(route.Request.Url).Host}");
                await route.AbortAsync("blockedbyclient");
            }
        });

        // DOM snapshots let the trace viewer show every action; the screencast filmstrip cost 14 % of the wall time
        // (P04+P14, farm-bench 3 pairs) and a failure gets its own screenshot anyway.
        if (settings.Trace != "off")
            await context.Tracing.StartAsync(new TracingStartOptions
            {
                Title = actor, Screenshots = false, Snapshots = true, Sources = false,
            });
        return new ActorContext(actor, context, await context.NewPageAsync());
    }
}
