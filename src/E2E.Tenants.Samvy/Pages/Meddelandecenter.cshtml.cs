using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>The logged-in user's unit message centre, and only that unit's.</summary>
public sealed class MeddelandecenterModel(SamvyDb db) : PageModel
{
    public IReadOnlyList<MessageRow> Rader { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rader = await db.MessageCentreAsync(User.UnitHsaId(), ct);
}
