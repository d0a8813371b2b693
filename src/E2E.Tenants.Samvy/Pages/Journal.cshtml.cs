using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Identity;
using E2E.Tenants.Samvy.Messaging;
using E2E.Tenants.Samvy.Sip;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>The patient chart: banner, tabs Översikt and Samverkan (the collaboration view in an iframe).</summary>
public sealed class JournalModel(PatientStore patients, SamvyDb db, SimulationState sim, IdentityLinker linker) : PageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs = [("oversikt", "Översikt"), ("samverkan", "Samverkan")];

    public string PatientId { get; private set; } = string.Empty;
    public Patient Patient { get; private set; } = null!;
    public IReadOnlyList<(string Enhet, DateTime Start)> Vardkontakter { get; private set; } = [];
    public IReadOnlyList<(string Typ, string Fran, string Till, DateTime Skickat, string Status)> Meddelanden { get; private set; } = [];

    /// <summary>"SAMSA-ärende pågår" for each open SAMSA case of the patient (P09).</summary>
    public IReadOnlyList<Flag> Flaggor { get; private set; } = [];

    /// <summary>The patient's SIPs in both systems: (reference, system, calling unit, meeting time, status).</summary>
    public IReadOnlyList<(string Referens, string System, string Kallande, DateTime? Motestid, string Status)> Sipar { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Flik { get; set; }

    /// <summary>The personnummer typed when identifying a reserve-number patient (P07).</summary>
    [BindProperty] public string? Personnummer { get; set; }

    /// <summary>Why the personnummer was refused, in Swedish.</summary>
    public string? SammankopplingFel { get; private set; }

    /// <summary>The reserve identity ("OID|value") while the patient is not identified; null once they have a personnummer.</summary>
    public string? Reservnummer => Patient.PersonnummerOf() is null ? Patient.IdentityKeyOf() : null;

    public async Task<IActionResult> OnGetAsync(string patientId, CancellationToken ct) =>
        await LoadAsync(patientId, ct) ? Page() : NotFound();

    /// <summary>Sammankoppling from the chart: the patient (and what is filed under them) moves to the personnummer, here and in SAMSA.</summary>
    public async Task<IActionResult> OnPostSammankopplaAsync(string patientId, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct))
        {
            return NotFound();
        }
        var pnr = Integration.Contracts.Personnummer.Normalize(Personnummer);
        if (Reservnummer is not { } reserveKey || pnr is null)
        {
            SammankopplingFel = Reservnummer is null ? "Patienten har redan ett personnummer." : "Personnumret ska skrivas ÅÅÅÅMMDD-NNNN.";
            return Page();
        }
        var survivor = await linker.LinkAsync(reserveKey, pnr, forward: true, ct);
        return Redirect($"/patienter/{Uri.EscapeDataString(survivor?.Id ?? patientId)}");
    }

    private async Task<bool> LoadAsync(string patientId, CancellationToken ct)
    {
        var patient = await patients.GetAsync(patientId, ct);
        if (patient is null)
        {
            return false;
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
        var pnr = patient.PersonnummerOf() ?? string.Empty;
        Flaggor = await OngoingCaseFlags.ForAsync(db, sim, patientId, pnr, ct);
        var own = await db.CarePlans.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(ct);
        var others = await db.ReferencesForAsync(pnr, EventObjects.Sip, ct);
        Sipar = [.. own.Select(c => (c.Reference, SystemNames.Samvy, FhirJson.Parse<CarePlan>(c.Json).Author?.Display ?? c.AuthorHsaId,
                FhirJson.Parse<CarePlan>(c.Json).MeetingTime(), c.Ended is null ? EventObjects.Active : EventObjects.Closed)),
            .. others.Select(r => (r.Objekt, r.System, r.EnhetNamn, r.Motestid, r.Status))];
        return true;
    }
}
