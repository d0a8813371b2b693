using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// The logged-in user's unit inbox, and only that unit's (another unit asked for by URL, ?enhet=, is refused):
/// filtered by type and read state, in pages.
/// </summary>
public sealed class InkorgModel(SamsaDb db, SimulationState sim) : PageModel
{
    public InboxPage Sida { get; private set; } = new([], 0, 1, InboxFilter.DefaultPageSize);

    [BindProperty(SupportsGet = true)] public string? Typ { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int SidNummer { get; set; } = 1;

    [BindProperty(SupportsGet = true)] public string? Enhet { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        this.ShowInboxAsync(Enhet, sim, async unit => Sida = await db.InboxAsync(unit, new InboxFilter(Typ, InboxFilter.ReadState(Status), SidNummer), ct));

    /// <summary>The address of another page with the same filters.</summary>
    public string PageLink(int page) =>
        $"/inkorg?typ={Uri.EscapeDataString(Typ ?? string.Empty)}&status={Uri.EscapeDataString(Status ?? string.Empty)}&sida={page}";
}
