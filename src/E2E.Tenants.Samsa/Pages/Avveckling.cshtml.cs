using E2E.Organisation;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Decommissioning;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// P13: SAMSA's system administrator runs the decommissioning here, the same steps as the test-only API
/// (_sim/avveckling): begin, carry each open case and active SIP over to Samvy or close it, make SAMSA read-only.
/// Only the administration's assignment may; everyone else is refused with 403.
/// </summary>
public sealed class AvvecklingModel(DecommissionOverview overview, Decommission steps) : PageModel
{
    public DecommissionStatus Status { get; private set; } = null!;

    /// <summary>Why the last step was refused, in the tenant's own Swedish.</summary>
    public string? Nekat { get; private set; }

    /// <summary>What the last step did; kept over the redirect so that a reload never repeats a step.</summary>
    [TempData] public string? Utfort { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (User.RoleName() != StaffRoles.SystemAdministrator)
        {
            context.Result = this.Forbidden(
                $"Avvecklingen av SAMSA görs av {SamsaAdministration.Name}. Du är inloggad som {User.RoleName()} på {User.UnitName()}.");
            return;
        }
        await next();
    }

    public async Task OnGetAsync(CancellationToken ct) => Status = await overview.StatusAsync(ct);

    public Task<IActionResult> OnPostPaborjaAsync(CancellationToken ct) =>
        StepAsync(steps.BeginAsync(ct), "Avvecklingen av SAMSA är påbörjad.", ct);

    public Task<IActionResult> OnPostSkrivskyddaAsync(CancellationToken ct) =>
        StepAsync(steps.MakeReadOnlyAsync(ct), "SAMSA är skrivskyddat.", ct);

    public Task<IActionResult> OnPostOverforArendeAsync(int id, CancellationToken ct) =>
        StepAsync(steps.CarryOverCaseAsync(id, ct), $"Ärende {SharedEvents.CaseReference(id)} förs över till Samvy.", ct);

    public Task<IActionResult> OnPostAvslutaArendeAsync(int id, CancellationToken ct) =>
        StepAsync(steps.CloseCaseAsync(id, ct), $"Ärende {SharedEvents.CaseReference(id)} är avslutat.", ct);

    public Task<IActionResult> OnPostOverforSipAsync(int id, CancellationToken ct) =>
        StepAsync(steps.CarryOverSipAsync(id, ct), $"SIP {SipReference(id)} förs över till Samvy.", ct);

    public Task<IActionResult> OnPostAvslutaSipAsync(int id, CancellationToken ct) =>
        StepAsync(steps.CloseSipAsync(id, ct), $"SIP {SipReference(id)} är avslutad.", ct);

    // A SIP's and a case's references share the form "SAMSA:id" (Data.Sip.Reference).
    private static string SipReference(int id) => SharedEvents.CaseReference(id);

    /// <summary>The number in a reference "SAMSA:12", which the buttons post back.</summary>
    public static int IdOf(string reference) => int.Parse(reference[(reference.LastIndexOf(':') + 1)..]);

    private async Task<IActionResult> StepAsync(Task<DecommissionOutcome> step, string done, CancellationToken ct)
    {
        var outcome = await step;
        if (outcome.Detail is null)
        {
            Utfort = done;
            return RedirectToPage();
        }
        Nekat = outcome.Detail;
        Response.StatusCode = outcome.Status;
        Status = await overview.StatusAsync(ct);
        return Page();
    }
}
