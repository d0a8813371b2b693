using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>One notice in the unit's message centre.</summary>
public sealed class MeddelandeModel(SamvyDb db) : PageModel
{
    public MessageRow Rad { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var row = (await db.MessageCentreAsync(User.UnitHsaId(), ct)).FirstOrDefault(r => r.Id == id);
        if (row is null)
        {
            return NotFound();
        }
        Rad = row;
        return Page();
    }
}
