using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>Patients with an encounter on the logged-in user's unit.</summary>
public sealed class PatienterModel(SamvyDb db) : PageModel
{
    public IReadOnlyList<Patient> Patienter { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var unit = User.UnitHsaId();
        var ids = await db.Encounters.Where(e => e.EnhetHsaId == unit).Select(e => e.PatientId).Distinct().ToListAsync(ct);
        var stored = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        Patienter = [.. stored.Select(p => FhirJson.Parse<Patient>(p.Json)).OrderBy(p => p.FullName())];
    }
}
