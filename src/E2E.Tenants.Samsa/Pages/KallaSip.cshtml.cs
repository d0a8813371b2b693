using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Decommissioning;
using E2E.Tenants.Samsa.Messaging;
using E2E.Tenants.Samsa.Sip;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// Calls a SIP on the user's case (P06): meeting time and participating units from the directory. The same checks as
/// the API: Swedish messages per field, and the existing SIP named when there already is one in either system.
/// </summary>
public sealed class KallaSipModel(CaseStore cases, IntegrationClient directory, SipService sips, DecommissionNotice decommissioning) : PageModel
{
    public Arende Arende { get; private set; } = null!;
    public IReadOnlyList<RecipientDto> Enheter { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Fel { get; private set; } = new Dictionary<string, string>();

    /// <summary>Why no SIP could be called at all (one already exists, or SAMSA is being decommissioned).</summary>
    public string? Hinder { get; private set; }

    [BindProperty] public string? Motestid { get; set; }
    [BindProperty] public List<string> Deltagare { get; set; } = [];

    public string Invalid(string field) => Fel.ContainsKey(field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (await decommissioning.NewWorkRefusalAsync(ct) is { } refusal)
        {
            Hinder = refusal;
            return Page();
        }
        var outcome = await sips.CallAsync(Arende, Motestid, Deltagare, ct);
        if (outcome.Sip is not null)
        {
            return RedirectToPage("/Arende", new { id });
        }
        (Fel, Hinder) = (outcome.Errors, outcome.Conflict);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var arende = await cases.GetAsync(id, ct);
        if (arende is null || arende.AgareHsaId != User.UnitHsaId())
        {
            return false;
        }
        Arende = arende;
        Enheter = await directory.RecipientsAsync(SystemNames.Samsa, ct);
        return true;
    }
}
