using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Samvy.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Sip;

/// <summary>A coordination case a Samvy user can call a SIP in: its value in the form and how the form names it.</summary>
public sealed record SipCase(string Value, string Label)
{
    public const string EncounterPrefix = "Encounter/";

    public string? EncounterId => Value.StartsWith(EncounterPrefix, StringComparison.Ordinal) ? Value[EncounterPrefix.Length..] : null;

    /// <summary>
    /// The cases a unit can call a patient's SIP in (rule 4: the caller's system; the case may live in either): the
    /// unit's own encounter with the patient, and each open SAMSA case Samvy knows of through the integration, so
    /// a primary-care unit in Samvy can call the SIP of a patient whose case is in SAMSA.
    /// </summary>
    public static async Task<IReadOnlyList<SipCase>> ForAsync(SamvyDb db, string patientId, string personnummer, string unitHsaId, string unitName, CancellationToken ct)
    {
        var cases = new List<SipCase>();
        var encounter = await db.Encounters.AsNoTracking().Where(e => e.PatientId == patientId && e.EnhetHsaId == unitHsaId)
            .OrderByDescending(e => e.Start).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (encounter is not null)
        {
            cases.Add(new SipCase(EncounterPrefix + encounter, $"Vårdkontakten på {unitName} (Samvy)"));
        }
        var samsaCases = await db.References.AsNoTracking().Where(r => r.Personnummer == personnummer && r.Typ == EventObjects.Case
            && r.System == SystemNames.Samsa && r.Status == EventObjects.Active).OrderBy(r => r.Id).ToListAsync(ct);
        cases.AddRange(samsaCases.Select(r => new SipCase(r.Objekt, $"SAMSA-ärende på {r.EnhetNamn} ({r.Objekt})")));
        return cases;
    }
}
