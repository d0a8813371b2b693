using System.ComponentModel;
using System.Diagnostics;
using E2E.Core.Browser;
using E2E.Core.Settings;

namespace E2E.Cli.Kontroll;

/// <summary>What the machine must have: .NET 10, Node 20 or later (the Allure report) and a browser Playwright can drive.</summary>
internal static class MachineChecks
{
    public static CheckLine DotNet() => Environment.Version.Major >= 10
        ? CheckLine.Pass(".NET", $"{Environment.Version}")
        : CheckLine.Fail(".NET", $"version {Environment.Version}; installera .NET SDK 10 (global.json).");

    public static async Task<CheckLine> NodeAsync()
    {
        try
        {
            var start = new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var node = Process.Start(start)!;
            var version = (await node.StandardOutput.ReadToEndAsync()).Trim();
            await node.WaitForExitAsync();
            return int.TryParse(version.TrimStart('v').Split('.')[0], out var major) && major >= 20
                ? CheckLine.Pass("Node", version)
                : CheckLine.Fail("Node", $"version {version}; rapporten byggs med Allure 3, som kräver Node 20 eller senare.");
        }
        catch (Win32Exception)
        {
            return CheckLine.Fail("Node", "saknas; installera Node 20 (t.ex. apt-get install nodejs): HTML-rapporten byggs med Allure 3.");
        }
    }

    /// <summary>Playwright's own browser when installed, else (for chromium) the system's chromium, as the suite picks.</summary>
    public static CheckLine Browser(string root)
    {
        PlaywrightSettings settings;
        try { settings = PlaywrightSettingsLoader.Load(root); }
        catch (SettingsFileException e) { return CheckLine.Fail("Webbläsare", e.Message); }
        var name = settings.Browser;
        if (BundledBrowserDetector.HasBundledBrowser(name)) return CheckLine.Pass("Webbläsare", $"{name} (Playwrights egen)");
        if (name == "chromium" && SystemChromiumLocator.Find() is { } path) return CheckLine.Pass("Webbläsare", $"chromium ({path})");
        return CheckLine.Fail("Webbläsare", name == "chromium"
            ? "ingen chromium; installera Debians (apt-get install chromium) eller Playwrights (playwright install chromium)."
            : $"{name} saknas; installera den med Playwright (playwright install {name}) eller välj chromium i playwright.config.json.");
    }
}
