using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace E2E.Drivers.Reachability;

/// <summary>
/// The UI path: a person opening a tenant's page. Nobody answering (net::ERR_CONNECTION_REFUSED and the like) or a
/// 503 "unavailable" page becomes a <see cref="TenantUnreachableException"/>, unless the system is down on purpose.
/// Use instead of page.GotoAsync for tenants' pages. From then on the page is watched: a later page load (after a click,
/// in a frame) that got no answer or "unavailable" is noted, for <see cref="FirstUnavailableSeen"/> after a failure.
/// </summary>
public static class TenantNavigation
{
    private static readonly ConditionalWeakTable<IPage, List<TenantUnreachableException>> Seen = new();

    /// <summary>The first page load of this page that found a system not answering (not down on purpose), or null.</summary>
    public static TenantUnreachableException? FirstUnavailableSeen(IPage page)
    {
        if (!Seen.TryGetValue(page, out var seen)) return null;
        lock (seen) return seen.FirstOrDefault();
    }

    public static async Task<IResponse?> GotoTenantAsync(this IPage page, Uri address)
    {
        var reachability = TenantReachability.Run;
        if (reachability is not null) Watch(page, reachability);
        IResponse? response;
        try
        {
            response = await page.GotoAsync(address.ToString());
        }
        catch (PlaywrightException e) when (UnavailableAnswer.IsNoAnswer(e.Message)
            && reachability?.Failure(address, $"webbläsaren fick inget svar på {address.PathAndQuery} ({FirstLine(e.Message)})", e) is { } failure)
        {
            throw failure;
        }
        if (response is null || reachability is null
            || !UnavailableAnswer.Is(response.Status, await response.HeaderValueAsync("content-type"))) return response;
        var shown = UnavailableAnswer.Shortened(await response.TextAsync());
        var unavailable = reachability.Failure(address, $"sidan {address.PathAndQuery} svarade {response.Status} {response.StatusText}, \"{shown}\"");
        return unavailable is null ? response : throw unavailable;
    }

    // Page loads only (documents, frames, form posts): a failed image or script is no system down.
    private static void Watch(IPage page, TenantReachability reachability)
    {
        var seen = new List<TenantUnreachableException>();
        if (!Seen.TryAdd(page, seen)) return;
        void Note(TenantUnreachableException? failure)
        {
            if (failure is not null) lock (seen) seen.Add(failure);
        }
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && UnavailableAnswer.Is(response.Status, response.Headers.GetValueOrDefault("content-type")))
                Note(reachability.Failure(new Uri(response.Url), $"sidan {new Uri(response.Url).PathAndQuery} svarade {response.Status} {response.StatusText} när den laddades"));
        };
        page.RequestFailed += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Failure is { } failure && UnavailableAnswer.IsNoAnswer(failure))
                Note(reachability.Failure(new Uri(request.Url), $"webbläsaren fick inget svar på {new Uri(request.Url).PathAndQuery} ({failure})"));
        };
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
