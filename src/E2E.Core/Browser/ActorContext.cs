using E2E.Core.Settings;
using Microsoft.Playwright;

namespace E2E.Core.Browser;

/// <summary>One actor's browser context and page, and the evidence it leaves behind.</summary>
internal sealed record ActorContext(string Actor, IBrowserContext Context, IPage Page)
{
    public async Task<IReadOnlyList<Evidence>> CloseAsync(bool failed, PlaywrightSettings settings)
    {
        var evidence = new List<Evidence>();
        var safeName = string.Concat(Actor.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        if (failed && settings.ScreenshotOnFailure && !Page.IsClosed)
        {
            try
            {
                var png = await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
                evidence.Add(new Evidence($"Skärmbild – {Actor}", "image/png", png, "png"));
            }
            catch (PlaywrightException) { /* page already gone: nothing to show */ }
        }

        if (settings.Trace != "off")
        {
            var keep = settings.Trace == "on" || (failed && settings.KeepTraceOnFailure);
            if (keep)
            {
                var file = Path.Combine(Path.GetTempPath(), $"trace-{safeName}-{Guid.NewGuid():N}.zip");
                await Context.Tracing.StopAsync(new TracingStopOptions { Path = file });
                evidence.Add(new Evidence($"Spårning (trace) – {Actor}", "application/zip", await File.ReadAllBytesAsync(file), "zip"));
                File.Delete(file);
            }
            else await Context.Tracing.StopAsync();
        }
        await Context.CloseAsync();
        return evidence;
    }
}
