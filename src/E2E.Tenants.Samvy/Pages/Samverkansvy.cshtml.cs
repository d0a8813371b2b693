using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>
/// The collaboration view (loaded in the chart's iframe): send one message type at a time (?typ=, admission notice
/// by default). The recipient list is the directory's Samvy picker: every unit once with its inbox today, never a
/// Samvy inbox of a unit not live (rule 5). Typ "andrat-utskrivningsdatum" sends a changed estimate to the earlier recipients.
/// </summary>
public sealed class SamverkansvyModel(PatientStore patients, SamvyDb db, IntegrationClient directory, CommunicationSender sender, SimulationState sim)
    : PageModel
{
    public IReadOnlyList<RecipientDto> Mottagarlista { get; private set; } = [];
    public Dictionary<string, string> Fel { get; } = [];
    public bool Skickat { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Typ { get; set; }
    [BindProperty] public string? Mottagare { get; set; }
    [BindProperty] public string? Datum { get; set; }
    [BindProperty] public string? Motestid { get; set; }
    [BindProperty] public string? Deltagare { get; set; }
    [BindProperty] public string? Utskrivningstid { get; set; }
    [BindProperty] public List<IFormFile> Bilagor { get; set; } = [];

    public string Kod => MessageTypes.IsKnown(Typ) || Typ == MessageTypes.EstimateUpdate ? Typ! : MessageTypes.Admission;
    public bool IsUpdate => Kod == MessageTypes.EstimateUpdate;
    public string Invalid(string field) => Fel.ContainsKey(field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(string patientId, CancellationToken ct) =>
        await LoadAsync(patientId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }
        var form = SamverkansvyForm.Read(this, IsUpdate ? [] : await UploadsAsync(ct), sim.MaxAttachmentBytes);
        var unit = User.UnitHsaId();
        var encounter = (await db.Encounters.AsNoTracking().Where(e => e.PatientId == patientId && e.EnhetHsaId == unit).ToListAsync(ct))
            .OrderByDescending(e => e.Start).FirstOrDefault();
        if (IsUpdate && encounter is null)
        {
            Fel[""] = "Patienten har ingen vårdkontakt på enheten.";
        }
        if (Fel.Count > 0)
        {
            return Page();
        }
        try
        {
            if (IsUpdate)
            {
                await sender.UpdateEstimateAsync(encounter!, form.Date!.Value, ct);
            }
            else
            {
                await sender.SendAsync(form.ToNotice(Kod, patientId, encounter?.Id, unit), ct);
            }
            Skickat = true;
        }
        catch (FhirRequestException ex)
        {
            Fel[""] = ex.Message;
        }
        return Page();
    }

    // A file input left empty posts one nameless, empty part: not a file.
    private async Task<IReadOnlyList<CommunicationAttachments.File>> UploadsAsync(CancellationToken ct)
    {
        var files = new List<CommunicationAttachments.File>();
        foreach (var file in Bilagor.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            files.Add(new CommunicationAttachments.File(Path.GetFileName(file.FileName), file.ContentType, buffer.ToArray()));
        }
        return files;
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
