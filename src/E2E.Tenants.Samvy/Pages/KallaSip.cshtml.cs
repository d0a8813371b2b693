using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Sip;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>
/// Calls a SIP from the collaboration view (P06) for the patient's encounter on the user's ward: a CarePlan through
/// the same service as the FHIR API, so a SIP that already exists in either system stops it, named.
/// </summary>
public sealed class KallaSipModel(PatientStore patients, SamvyDb db, IntegrationClient directory, SipPlanService sips) : PageModel
{
    public string PatientId { get; private set; } = string.Empty;
    public IReadOnlyList<RecipientDto> Enheter { get; private set; } = [];
    public Dictionary<string, string> Fel { get; } = [];

    /// <summary>Why no SIP could be called at all (no encounter here, or a SIP already exists).</summary>
    public string? Hinder { get; private set; }
    public bool Kallad { get; private set; }

    [BindProperty] public string? Motestid { get; set; }
    [BindProperty] public List<string> Deltagare { get; set; } = [];

    public string Invalid(string field) => Fel.ContainsKey(field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(string patientId, CancellationToken ct) => await LoadAsync(patientId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }
        var meeting = Dates.ParseTime(Motestid);
        if (meeting is null)
        {
            Fel["motestid"] = "Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).";
        }
        if (Deltagare.Count == 0)
        {
            Fel["deltagare"] = "Ange minst en deltagande enhet.";
        }
        var unit = User.UnitHsaId();
        var encounter = await db.Encounters.AsNoTracking().Where(e => e.PatientId == patientId && e.EnhetHsaId == unit)
            .OrderByDescending(e => e.Start).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (encounter is null)
        {
            Hinder = "Patienten har ingen vårdkontakt på enheten; en SIP kallas från vårdkontaktens avdelning.";
        }
        if (Fel.Count > 0 || Hinder is not null)
        {
            return Page();
        }
        try
        {
            await sips.CallAsync(SipPlanFhir.New(patientId, encounter, unit, meeting!.Value, Deltagare.Select(d => References.Organization(d, null))), ct);
            Kallad = true;
        }
        catch (FhirRequestException ex)
        {
            Hinder = ex.Message;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string patientId, CancellationToken ct)
    {
        if (await patients.GetAsync(patientId, ct) is null)
        {
            return false;
        }
        PatientId = patientId;
        Enheter = await directory.RecipientsAsync(SystemNames.Samvy, ct);
        return true;
    }
}
