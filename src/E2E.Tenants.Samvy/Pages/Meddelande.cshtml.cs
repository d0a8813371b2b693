using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>
/// One notice in a message centre; only its sending or receiving unit may open it (403 for anyone else). Opening it
/// as the recipient marks it read; "Kvittera" acknowledges it.
/// </summary>
public sealed class MeddelandeModel(SamvyDb db, CommunicationStates states, SimulationState sim) : PageModel
{
    public MessageRow Rad { get; private set; } = null!;
    public IReadOnlyList<StoredDocument> Bilagor { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => OpenAsync(id, acknowledge: false, ct);

    public Task<IActionResult> OnPostKvitteraAsync(string id, CancellationToken ct) => OpenAsync(id, acknowledge: true, ct);

    private async Task<IActionResult> OpenAsync(string id, bool acknowledge, CancellationToken ct)
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
        if (stored.Received is null)
        {
            return NotFound(); // the sender's copy of a notice to SAMSA: not in any Samvy message centre
        }
        if (User.UnitHsaId() == stored.RecipientHsaId)
        {
            await states.MarkAsync(id, acknowledge, ct); // only the recipient's opening counts as read
        }
        Rad = (await db.MessageAsync(id, ct))!;
        Bilagor = await db.Documents.AsNoTracking().Where(d => d.CommunicationId == id).OrderBy(d => d.Name).ToListAsync(ct);
        return Page();
    }
}
