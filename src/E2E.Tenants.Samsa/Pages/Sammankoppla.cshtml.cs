using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Identity;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// P07: the ward identifies a patient admitted under a reserve number (sammankoppling). The same linking as
/// <c>api/patienter/sammankoppling</c>: everything under the reserve number moves to the personnummer, and Samvy follows.
/// </summary>
public sealed class SammankopplaModel(CaseStore cases, IdentityLinker linker) : PageModel
{
    public Arende Arende { get; private set; } = null!;

    /// <summary>Why the personnummer was refused (format), in Swedish.</summary>
    public string? Fel { get; private set; }

    /// <summary>Why nothing can be linked: the patient already has a personnummer.</summary>
    public string? Hinder { get; private set; }

    [BindProperty] public string? Personnummer { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Hinder is not null)
        {
            return Page();
        }
        var pnr = Integration.Contracts.Personnummer.Normalize(Personnummer);
        if (pnr is null)
        {
            Fel = "Personnumret ska skrivas ÅÅÅÅMMDD-NNNN.";
            return Page();
        }
        await linker.LinkAsync(Arende.Personnummer, pnr, forward: true, ct);
        return RedirectToPage("/Arende", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var arende = await cases.GetAsync(id, ct);
        if (arende is null || arende.AgareHsaId != User.UnitHsaId())
        {
            return false;
        }
        Arende = arende;
        Hinder = PatientIdentity.IsReserve(arende.Personnummer) ? null : "Patienten har redan ett personnummer och har inget reservnummer att koppla ihop.";
        return true;
    }
}
