using System.Globalization;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>
/// The collaboration view (loaded in the chart's iframe): send an admission notice. The recipient list is the
/// directory's Samvy picker: every unit once with its inbox today, never a Samvy inbox of a unit not live (rule 5).
/// </summary>
public sealed class SamverkansvyModel(PatientStore patients, SamvyDb db, IntegrationClient directory, CommunicationSender sender)
    : PageModel
{
    public IReadOnlyList<RecipientDto> Mottagarlista { get; private set; } = [];
    public Dictionary<string, string> Fel { get; } = [];
    public bool Skickat { get; private set; }

    [BindProperty]
    public string? Mottagare { get; set; }

    [BindProperty]
    public string? Datum { get; set; }

    public string Invalid(string field) => Fel.ContainsKey(field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(string patientId, CancellationToken ct) =>
        await LoadAsync(patientId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }
        var recipient = Mottagarlista.FirstOrDefault(u => u.IsNamedBy(Mottagare));
        if (recipient is null)
        {
            Fel["mottagare"] = "Välj en mottagare i listan.";
        }
        if (!DateOnly.TryParseExact(Datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fel["datum"] = "Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).";
        }
        if (Fel.Count > 0)
        {
            return Page();
        }
        var unit = User.UnitHsaId();
        var encounterId = (await db.Encounters.AsNoTracking().Where(e => e.PatientId == patientId && e.EnhetHsaId == unit).ToListAsync(ct))
            .OrderByDescending(e => e.Start).Select(e => e.Id).FirstOrDefault();
        try
        {
            await sender.SendAsync(AdmissionNotice.Create(patientId, encounterId, unit, recipient!.HsaId, date), ct);
            Skickat = true;
        }
        catch (FhirRequestException ex)
        {
            Fel[""] = ex.Message;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string patientId, CancellationToken ct)
    {
        if (await patients.GetAsync(patientId, ct) is null)
        {
            return false;
        }
        Mottagarlista = await directory.RecipientsAsync(SystemNames.Samvy, ct);
        return true;
    }
}
