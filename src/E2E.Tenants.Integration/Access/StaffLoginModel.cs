using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// The e-ID-like login both tenants share in steps (each draws it in its own look): choose the identity, then one
/// of that person's assignments valid in this system. Someone with none is refused with 403 and a Swedish page.
/// </summary>
public abstract class StaffLoginModel(StaffClient staff, string system, string landingPath) : PageModel
{
    public string SystemName => system;
    public IReadOnlyList<PersonDto> Personer { get; private set; } = [];
    public PersonAssignmentsDto? Person { get; private set; }
    public IReadOnlyList<AssignmentDto> Uppdrag { get; private set; } = [];
    public bool Nekad => Person is not null && Uppdrag.Count == 0;
    public string? Fel { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? PersonHsaId { get; set; }

    [BindProperty]
    public string? EnhetHsaId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Personer = await staff.PeopleAsync(ct);

    public async Task<IActionResult> OnPostIdentitetAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return await AskIdentityAgainAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostUppdragAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return await AskIdentityAgainAsync(ct);
        }
        var chosen = Uppdrag.FirstOrDefault(a => a.EnhetHsaId == EnhetHsaId);
        if (chosen is null)
        {
            Fel = Nekad ? null : "Välj ett uppdrag.";
            return Page();
        }
        await DemoIdentity.SignInAsync(HttpContext, StaffGrant.Of(Person!, chosen));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : LandingFor(chosen));
    }

    /// <summary>Where a login without a return address lands: the inbox, unless a tenant knows better for the role.</summary>
    protected virtual string LandingFor(AssignmentDto chosen) => landingPath;

    /// <summary>Loads the chosen person and their assignments valid here; none at all answers 403.</summary>
    private async Task<bool> LoadPersonAsync(CancellationToken ct)
    {
        Person = string.IsNullOrWhiteSpace(PersonHsaId) ? null : await staff.PersonAsync(PersonHsaId, ct);
        if (Person is null)
        {
            return false;
        }
        Uppdrag = [.. Person.Uppdrag.Where(a => a.System == system)];
        if (Nekad)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return true;
    }

    private async Task<IActionResult> AskIdentityAgainAsync(CancellationToken ct)
    {
        Fel = "Välj din identitet.";
        Personer = await staff.PeopleAsync(ct);
        return Page();
    }
}
