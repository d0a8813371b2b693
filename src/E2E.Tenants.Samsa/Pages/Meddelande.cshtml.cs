using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Decommissioning;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// One notice; visible to the receiving or the sending unit only (403 for anyone else). Opening it as the recipient marks it read
/// (not once SAMSA is read-only); the recipient acknowledges it with "Kvittera".
/// </summary>
public sealed class MeddelandeModel(SamsaDb db, NoticeStates states, DecommissionNotice decommissioning, SimulationState sim) : PageModel
{
    public Meddelande Meddelande { get; private set; } = null!;
    public bool ArMottagare => Meddelande.MottagareHsaId == User.UnitHsaId() && Meddelande.Mottagen is not null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await OpenAsync(id, acknowledge: false, ct);

    public async Task<IActionResult> OnPostKvitteraAsync(int id, CancellationToken ct) => await OpenAsync(id, acknowledge: true, ct);

    private async Task<IActionResult> OpenAsync(int id, bool acknowledge, CancellationToken ct)
    {
        var notice = await db.Meddelanden.FindAsync([id], ct);
        if (notice is null)
        {
            return NotFound();
        }
        if (!User.MayReadMessage(notice.AvsandareHsaId, notice.MottagareHsaId, sim))
        {
            return this.Forbidden(User.MessageRefusal());
        }
        Meddelande = notice;
        if (ArMottagare && !await decommissioning.IsReadOnlyAsync(ct)) // a decommissioned SAMSA only shows
        {
            Meddelande = await states.MarkAsync(id, acknowledge, ct) ?? notice;
        }
        return Page();
    }
}
