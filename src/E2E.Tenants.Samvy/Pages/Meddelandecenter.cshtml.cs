using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>The logged-in user's unit message centre, and only that unit's.</summary>
public sealed class MeddelandecenterModel(SamvyDb db, SimulationState sim) : PageModel
{
    public IReadOnlyList<MessageRow> Rader { get; private set; } = [];

    /// <summary>Another unit's message centre, asked for by URL (?enhet=): refused unless the assignment is for that unit.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Enhet { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        this.ShowInboxAsync(Enhet, sim, async unit => Rader = await db.MessageCentreAsync(unit, ct));
}
