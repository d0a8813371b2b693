using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// A page's refusal: 403 with a Swedish reason, drawn by the tenant's own partial "_IngenBehorighet" (which names
/// its layout), so each product refuses in its own look.
/// </summary>
public static class RefusalPage
{
    public static IActionResult Forbidden(this PageModel page, string reason)
    {
        page.Response.StatusCode = StatusCodes.Status403Forbidden;
        return page.Partial("_IngenBehorighet", reason);
    }

    /// <summary>
    /// An inbox page: the own unit's, or the one asked for by URL (?enhet=) when the user may read it; else 403.
    /// </summary>
    public static async Task<IActionResult> ShowInboxAsync(this PageModel page, string? requestedUnit, SimulationState sim, Func<string, Task> load)
    {
        var unit = string.IsNullOrWhiteSpace(requestedUnit) ? page.User.UnitHsaId() : requestedUnit.Trim();
        if (!page.User.MayRead(unit, sim))
        {
            return page.Forbidden(page.User.ReadRefusal(unit));
        }
        await load(unit);
        return new PageResult();
    }
}
