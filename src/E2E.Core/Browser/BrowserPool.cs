using System.Collections.Concurrent;
using E2E.Core.Settings;
using Microsoft.Playwright;

namespace E2E.Core.Browser;

/// <summary>
/// One browser per parallel worker: a scenario rents an idle browser and gives it back when done,
/// so the number of browsers never exceeds the number of scenarios running at once.
/// </summary>
public sealed class BrowserPool(PlaywrightSettings settings) : IAsyncDisposable
{
    private readonly ConcurrentBag<IBrowser> _idle = [];
    private readonly ConcurrentBag<IBrowser> _all = [];
    private readonly SemaphoreSlim _playwrightLock = new(1, 1);
    private IPlaywright? _playwright;

    public PlaywrightSettings Settings => settings;

    public async Task<IBrowser> RentAsync()
    {
        while (_idle.TryTake(out var browser))
            if (browser.IsConnected) return browser;

        var launched = await BrowserLauncher.LaunchAsync(await PlaywrightAsync(), settings);
        _all.Add(launched);
        return launched;
    }

    public void Return(IBrowser browser) => _idle.Add(browser);

    private async Task<IPlaywright> PlaywrightAsync()
    {
        await _playwrightLock.WaitAsync();
        try { return _playwright ??= await Microsoft.Playwright.Playwright.CreateAsync(); }
        finally { _playwrightLock.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var browser in _all)
        {
            try { await browser.CloseAsync(); }
            catch (PlaywrightException) { /* already gone */ }
        }
        _playwright?.Dispose();
        _playwrightLock.Dispose();
    }
}
