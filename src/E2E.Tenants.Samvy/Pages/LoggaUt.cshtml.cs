using E2E.Tenants.Integration.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

public sealed class LoggaUtModel : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        await DemoIdentity.SignOutAsync(HttpContext);
        return Redirect("/logga-in");
    }
}
