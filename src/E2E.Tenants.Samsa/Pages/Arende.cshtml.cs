using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>One case of the user's unit: what can be sent, and a timeline of what was sent with each message's state.</summary>
public sealed class ArendeModel(CaseStore cases, SamsaDb db) : PageModel
{
    public Arende Arende { get; private set; } = null!;
    public IReadOnlyList<Meddelande> Tidslinje { get; private set; } = [];

    /// <summary>The patient's SIPs in SAMSA and, as references, in Samvy (rule 4).</summary>
    public IReadOnlyList<Sip.SipView> Sipar { get; private set; } = [];

    /// <summary>Why the case could not be closed (it is being carried over to Samvy).</summary>
    public string? Hinder { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAvslutaAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Hinder = await cases.CloseAsync(Arende, null, ct);
        return Hinder is null ? RedirectToPage(new { id }) : Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var arende = await cases.GetAsync(id, ct);
        if (arende is null || arende.AgareHsaId != User.UnitHsaId())
        {
            return false;
        }
        (Arende, Tidslinje) = (arende, await cases.TimelineAsync(id, ct));
        Sipar = await Sip.SipEndpoints.ListAsync(db, arende.Personnummer, ct);
        return true;
    }
}
