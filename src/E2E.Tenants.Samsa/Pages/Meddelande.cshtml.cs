using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>One notice; visible to the receiving or the sending unit only (403 for anyone else).</summary>
public sealed class MeddelandeModel(SamsaDb db, SimulationState sim) : PageModel
{
    public Meddelande Meddelande { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var notice = await db.Meddelanden.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (notice is null)
        {
            return NotFound();
        }
        if (!User.MayReadMessage(notice.AvsandareHsaId, notice.MottagareHsaId, sim))
        {
            return this.Forbidden(User.MessageRefusal());
        }
        Meddelande = notice;
        return Page();
    }
}
