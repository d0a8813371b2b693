using E2E.Core.Browser;
using E2E.Core.Settings;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Reporting.Tests.Support;

/// <summary>A built report opened from disk (file://) in a real Chromium, once Allure's loader is gone.</summary>
internal sealed class ReportInBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportInBrowser(IPlaywright playwright, IBrowser browser, IPage page) => (_playwright, _browser, Page) = (playwright, browser, page);

    public IPage Page { get; }

    /// <param name="beforeOpening">Called with the page before it opens the report, e.g. to watch its requests.</param>
    public static async Task<ReportInBrowser> OpenAsync(string indexHtml, Action<IPage>? beforeOpening = null)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await BrowserLauncher.LaunchAsync(playwright, new PlaywrightSettings());
        var page = await browser.NewPageAsync();
        beforeOpening?.Invoke(page);
        await page.GotoAsync(new Uri(indexHtml).AbsoluteUri);
        await Expect(page.Locator("#allure-app-loader")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        // The tabs come after the loader, from the report's embedded data: on a busy CI agent that took over 5 s.
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Resultat") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return new ReportInBrowser(playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
