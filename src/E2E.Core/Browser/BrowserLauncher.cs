using E2E.Core.Settings;
using Microsoft.Playwright;

namespace E2E.Core.Browser;

/// <summary>
/// Connects to the configured browser server, else launches the browser: Playwright's own when installed, else a system
/// Chromium from PATH.
/// </summary>
public static class BrowserLauncher
{
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, PlaywrightSettings settings)
    {
        var type = settings.Browser switch
        {
            "firefox" => playwright.Firefox,
            "webkit" => playwright.Webkit,
            "chromium" => playwright.Chromium,
            var other => throw new InvalidOperationException(
                $"Okänd webbläsare '{other}' (BROWSER eller playwright.config.json). Välj chromium, firefox eller webkit."),
        };
        if (!string.IsNullOrWhiteSpace(settings.RemoteEndpoint))
            return await RemoteBrowser.ConnectAsync(type, settings); // never a local launch beside a server

        var options = new BrowserTypeLaunchOptions { Headless = settings.Headless, SlowMo = settings.SlowMoMs };
        if (BundledBrowserDetector.HasBundledBrowser(type.Name))
        {
            try { return await type.LaunchAsync(options); }
            catch (PlaywrightException) when (type == playwright.Chromium) { /* wrong revision: try the system one */ }
        }
        if (type != playwright.Chromium)
            throw new InvalidOperationException(
                $"Playwrights {type.Name} är inte installerad. Kör 'playwright install {type.Name}' eller välj chromium.");

        var executable = SystemChromiumLocator.Find() ?? await SystemChromiumInstaller.EnsureInstalledAsync();
        options.ExecutablePath = executable;
        options.Args = SystemChromiumLocator.HardenedArgs();
        return await type.LaunchAsync(options);
    }
}
