using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>Samvy opens on the unit's message centre.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/meddelandecenter");
}
