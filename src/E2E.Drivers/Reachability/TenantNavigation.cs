using Microsoft.Playwright;

namespace E2E.Drivers.Reachability;

/// <summary>
/// The UI path: a person opening a tenant's page. Nobody answering (net::ERR_CONNECTION_REFUSED and the like) or a
/// 503 "unavailable" page becomes a <see cref="TenantUnreachableException"/>, unless the system is down on purpose.
/// Use instead of page.GotoAsync for tenants' pages.
/// </summary>
public static class TenantNavigation
{
    public static async Task<IResponse?> GotoTenantAsync(this IPage page, Uri address)
    {
        var reachability = TenantReachability.Run;
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

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
