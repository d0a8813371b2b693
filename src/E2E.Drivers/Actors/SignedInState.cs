using E2E.Drivers.Reachability;
using Microsoft.Playwright;

namespace E2E.Drivers.Actors;

/// <summary>
/// What one login left in the browser: the cookies it set and the page it landed on. Given to a later scenario's
/// fresh context, the person is signed in again without the login pages; the tenant still checks the cookie.
/// </summary>
public sealed record SignedInState(IReadOnlyList<Cookie> Cookies, string Landing)
{
    /// <summary>Runs the login and keeps the cookies it set or changed (not those of a login to the other system).</summary>
    public static async Task<SignedInState> CaptureAsync(IPage page, Func<Task> logIn)
    {
        var before = (await page.Context.CookiesAsync()).Select(c => (c.Name, c.Domain, c.Path, c.Value)).ToHashSet();
        await logIn();
        var set = (await page.Context.CookiesAsync()).Where(c => !before.Contains((c.Name, c.Domain, c.Path, c.Value)));
        return new SignedInState([.. set.Select(AsCookie)], page.Url);
    }

    /// <summary>
    /// Opens the landing page with the kept cookies; false when the tenant sends the person to its login page
    /// instead (the cookie expired on the tenants' clock, or the tenant was restarted and no longer knows it).
    /// </summary>
    public async Task<bool> ResumeAsync(IPage page)
    {
        await page.Context.AddCookiesAsync(Cookies);
        await page.GotoTenantAsync(new Uri(Landing));
        return !page.Url.Contains("logga-in", StringComparison.OrdinalIgnoreCase);
    }

    private static Cookie AsCookie(BrowserContextCookiesResult c) => new()
    {
        Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure,
        SameSite = c.SameSite, Expires = c.Expires > 0 ? c.Expires : null,
    };
}
