using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>The logged-in user's unit inbox, and only that unit's.</summary>
public sealed class InkorgModel(SamsaDb db, SimulationState sim) : PageModel
{
    public IReadOnlyList<InboxRow> Rader { get; private set; } = [];

    /// <summary>Another unit's inbox, asked for by URL (?enhet=): refused unless the assignment is for that unit.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Enhet { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        this.ShowInboxAsync(Enhet, sim, async unit => Rader = await db.InboxAsync(unit, ct));
}
