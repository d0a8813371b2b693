using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>The admission notice form. The recipients are the directory's SAMSA picker: each unit once, with its inbox today.</summary>
public sealed class InskrivningsmeddelandeModel(SamsaDb db, IntegrationClient directory, AdmissionNoticeSender sender) : PageModel
{
    public Vardtillfalle Vardtillfalle { get; private set; } = null!;
    public IReadOnlyList<RecipientDto> Enheter { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Fel { get; private set; } = new Dictionary<string, string>();
    public bool Skickat { get; private set; }

    [BindProperty]
    public string? Mottagare { get; set; }

    [BindProperty]
    public string? Datum { get; set; }

    public string Invalid(string field) => Fel.ContainsKey(field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var outcome = await sender.SendAsync(id, Mottagare, Dates.Parse(Datum), ct);
        Fel = outcome.Errors;
        Skickat = outcome.Id is not null;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var stay = await db.Vardtillfallen.AsNoTracking().Include(v => v.Patient).SingleOrDefaultAsync(v => v.Id == id, ct);
        if (stay is null || stay.EnhetHsaId != User.UnitHsaId())
        {
            return false;
        }
        Vardtillfalle = stay;
        Enheter = await directory.RecipientsAsync(SystemNames.Samsa, ct);
        return true;
    }
}
