using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>One notice in the unit's message centre: opening it marks it read; "Kvittera" acknowledges it.</summary>
public sealed class MeddelandeModel(SamvyDb db, CommunicationStates states) : PageModel
{
    public MessageRow Rad { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => OpenAsync(id, acknowledge: false, ct);

    public Task<IActionResult> OnPostKvitteraAsync(string id, CancellationToken ct) => OpenAsync(id, acknowledge: true, ct);

    private async Task<IActionResult> OpenAsync(string id, bool acknowledge, CancellationToken ct)
    {
        var unit = User.UnitHsaId();
        if (!(await db.MessageCentreAsync(unit, ct)).Any(r => r.Id == id))
        {
            return NotFound();
        }
        await states.MarkAsync(id, acknowledge, ct);
        Rad = (await db.MessageCentreAsync(unit, ct)).First(r => r.Id == id);
        return Page();
    }
}
