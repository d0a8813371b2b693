using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>The coordination cases the logged-in user's unit owns, newest first.</summary>
public sealed class ArendenModel(CaseStore cases) : PageModel
{
    public IReadOnlyList<Arende> Arenden { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Arenden = await cases.ListAsync(User.UnitHsaId(), null, ct);
}
