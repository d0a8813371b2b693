using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>One notice; visible to the receiving or the sending unit only.</summary>
public sealed class MeddelandeModel(SamsaDb db) : PageModel
{
    public Meddelande Meddelande { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var unit = User.UnitHsaId();
        var notice = await db.Meddelanden.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (notice is null || (notice.MottagareHsaId != unit && notice.AvsandareHsaId != unit))
        {
            return NotFound();
        }
        Meddelande = notice;
        return Page();
    }
}
