using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>One notice in a message centre; only its sending or receiving unit may open it (403 for anyone else).</summary>
public sealed class MeddelandeModel(SamvyDb db, SimulationState sim) : PageModel
{
    public MessageRow Rad { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var stored = await db.Communications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (stored is null)
        {
            return NotFound();
        }
        if (!User.MayReadMessage(stored.SenderHsaId, stored.RecipientHsaId, sim))
        {
            return this.Forbidden(User.MessageRefusal());
        }
        var row = (await db.MessageCentreAsync(stored.RecipientHsaId, ct)).FirstOrDefault(r => r.Id == id);
        if (row is null)
        {
            return NotFound();
        }
        Rad = row;
        return Page();
    }
}
