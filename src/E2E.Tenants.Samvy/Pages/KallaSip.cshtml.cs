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
/// Calls a SIP from the collaboration view (P06) in one of the patient's cases the user's unit can reach: its own
/// encounter with the patient, or an open SAMSA case (a primary-care unit calling the SIP of a SAMSA patient). A
/// CarePlan through the same service as the FHIR API, so a SIP that already exists in either system stops it, named.
/// </summary>
public sealed class KallaSipModel(PatientStore patients, SamvyDb db, IntegrationClient directory, SipPlanService sips) : PageModel
{
    public string PatientId { get; private set; } = string.Empty;
    public IReadOnlyList<RecipientDto> Enheter { get; private set; } = [];
    public IReadOnlyList<SipCase> Arenden { get; private set; } = [];
    public Dictionary<string, string> Fel { get; } = [];

    /// <summary>Why no SIP could be called at all (no encounter here, or a SIP already exists).</summary>
    public string? Hinder { get; private set; }
    public bool Kallad { get; private set; }

    [BindProperty] public string? Arende { get; set; }
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
        var chosen = Arenden.Count == 1 && string.IsNullOrEmpty(Arende) ? Arenden[0] : Arenden.FirstOrDefault(a => a.Value == Arende);
        if (Arenden.Count == 0)
        {
            Hinder = "Patienten har ingen vårdkontakt på enheten och inget pågående SAMSA-ärende; det finns inget ärende att kalla till SIP i.";
        }
        else if (chosen is null)
        {
            Fel["arende"] = "Välj vilket samordningsärende SIP:en gäller.";
        }
        if (Fel.Count > 0 || Hinder is not null)
        {
            return Page();
        }
        try
        {
            var plan = SipPlanFhir.New(patientId, chosen!.EncounterId, User.UnitHsaId(), meeting!.Value, Deltagare.Select(d => References.Organization(d, null)));
            if (chosen.EncounterId is null)
            {
                plan.SetExtension(FhirConstants.CaseReferenceExtension, new FhirString(chosen.Value));
            }
            await sips.CallAsync(plan, ct);
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
        if (await patients.GetAsync(patientId, ct) is not { } patient)
        {
            return false;
        }
        PatientId = patientId;
        Arenden = await SipCase.ForAsync(db, patientId, patient.IdentityKeyOf() ?? string.Empty, User.UnitHsaId(), User.UnitName(), ct);
        Enheter = await directory.RecipientsAsync(SystemNames.Samvy, ct);
        return true;
    }
}
