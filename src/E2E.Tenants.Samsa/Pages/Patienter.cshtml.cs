using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>Patients admitted on the logged-in user's unit.</summary>
public sealed class PatienterModel(SamsaDb db) : PageModel
{
    public IReadOnlyList<Vardtillfalle> Vardtillfallen { get; private set; } = [];

    /// <summary>Case id per stay id.</summary>
    public IReadOnlyDictionary<int, int> Arenden { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var unit = User.UnitHsaId();
        var stays = await db.Vardtillfallen.AsNoTracking().Include(v => v.Patient)
            .Where(v => v.EnhetHsaId == unit).ToListAsync(ct);
        Vardtillfallen = [.. stays.OrderByDescending(v => v.Inskrivningstid)];
        Arenden = await db.Arenden.AsNoTracking().Where(a => a.AgareHsaId == unit).ToDictionaryAsync(a => a.VardtillfalleId, a => a.Id, ct);
    }
}
