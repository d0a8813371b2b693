using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>Simulated e-ID choice. SAMSA stays open to every unit during coexistence, so all demo users are listed.</summary>
public sealed class LoggaInModel(IntegrationClient integration) : PageModel
{
    public IReadOnlyList<DemoUserDto> Anvandare { get; private set; } = [];
    public string? Fel { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public int? AnvandareId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Anvandare = await integration.DemoUsersAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Anvandare = await integration.DemoUsersAsync(ct);
        var user = Anvandare.FirstOrDefault(u => u.Id == AnvandareId);
        if (user is null)
        {
            Fel = "Välj en användare.";
            return Page();
        }
        await DemoIdentity.SignInAsync(HttpContext, user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/inkorg");
    }
}
