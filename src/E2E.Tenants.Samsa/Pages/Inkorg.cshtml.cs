using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>The logged-in user's unit inbox, and only that unit's: filtered by type and read state, in pages.</summary>
public sealed class InkorgModel(SamsaDb db) : PageModel
{
    public InboxPage Sida { get; private set; } = new([], 0, 1, InboxFilter.DefaultPageSize);

    [BindProperty(SupportsGet = true)] public string? Typ { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int SidNummer { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken ct) =>
        Sida = await db.InboxAsync(User.UnitHsaId(), new InboxFilter(Typ, InboxFilter.ReadState(Status), SidNummer), ct);

    /// <summary>The address of another page with the same filters.</summary>
    public string PageLink(int page) =>
        $"/inkorg?typ={Uri.EscapeDataString(Typ ?? string.Empty)}&status={Uri.EscapeDataString(Status ?? string.Empty)}&sida={page}";
}
