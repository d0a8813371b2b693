using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>The patient chart: banner, tabs Översikt and Samverkan (the collaboration view in an iframe).</summary>
public sealed class JournalModel(PatientStore patients, SamvyDb db) : PageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs = [("oversikt", "Översikt"), ("samverkan", "Samverkan")];

    public string PatientId { get; private set; } = string.Empty;
    public Patient Patient { get; private set; } = null!;
    public IReadOnlyList<(string Enhet, DateTime Start)> Vardkontakter { get; private set; } = [];
    public IReadOnlyList<(string Typ, string Fran, string Till, DateTime Skickat, string Status)> Meddelanden { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Flik { get; set; }

    public async Task<IActionResult> OnGetAsync(string patientId, CancellationToken ct)
    {
        var patient = await patients.GetAsync(patientId, ct);
        if (patient is null)
        {
            return NotFound();
        }
        (PatientId, Patient) = (patientId, patient);
        Flik = Tabs.Any(t => t.Key == Flik) ? Flik : "oversikt";
        var encounters = await db.Encounters.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(ct);
        Vardkontakter = [.. encounters.OrderByDescending(e => e.Start)
            .Select(e => (FhirJson.Parse<Encounter>(e.Json).ServiceProvider?.Display ?? e.EnhetHsaId, e.Start))];
        var notices = await db.Communications.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(ct);
        Meddelanden = [.. notices.OrderByDescending(c => c.Sent).Select(c =>
        {
            var notice = FhirJson.Parse<Communication>(c.Json);
            return (MessageTypes.Display(c.Category, notice.IsEstimateUpdate()), notice.Sender?.Display ?? c.SenderHsaId,
                notice.Recipient.FirstOrDefault()?.Display ?? c.RecipientHsaId, c.Sent, MessageStates.Display(MessageStates.Of(c.Delivered, c.Read, c.Acknowledged)));
        })];
        return Page();
    }
}
