using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>The logged-in user's unit inbox, and only that unit's.</summary>
public sealed class InkorgModel(SamsaDb db) : PageModel
{
    public IReadOnlyList<InboxRow> Rader { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rader = await db.InboxAsync(User.UnitHsaId(), ct);
}
