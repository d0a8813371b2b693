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
}
