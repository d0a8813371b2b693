using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>Simulated e-ID choice. Only units live in Samvy have assignments here (rule 5).</summary>
public sealed class LoggaInModel(IntegrationClient integration) : PageModel
{
    public IReadOnlyList<DemoUserDto> Anvandare { get; private set; } = [];
    public string? Fel { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public int? AnvandareId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Anvandare = await LiveUsersAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Anvandare = await LiveUsersAsync(ct);
        var user = Anvandare.FirstOrDefault(u => u.Id == AnvandareId);
        if (user is null)
        {
            Fel = "Välj en användare.";
            return Page();
        }
        await DemoIdentity.SignInAsync(HttpContext, user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/meddelandecenter");
    }

    private async Task<IReadOnlyList<DemoUserDto>> LiveUsersAsync(CancellationToken ct) =>
        [.. (await integration.DemoUsersAsync(ct)).Where(u => u.System == SystemNames.Samvy)];
}
