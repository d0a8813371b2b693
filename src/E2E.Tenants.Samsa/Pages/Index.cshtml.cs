using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>The start page of SAMSA is the unit's inbox.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/inkorg");
}
