using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Sip;

/// <summary>The outcome of calling a SIP: the SIP, field errors (400) or the existing SIP that stops it (409).</summary>
public sealed record SipOutcome(Data.Sip? Sip, IReadOnlyDictionary<string, string> Errors, string? Conflict);

/// <summary>
/// Calls a SIP on a SAMSA case (rule 4: it lives in the calling unit's system). A second active SIP for the same
/// patient and case, here or in Samvy, is refused unless fault "tillat-dubbla-sip" is on. Every participant gets a
/// "kallelse till SIP"; Samvy learns of the SIP through the integration.
/// </summary>
public sealed class SipService(SamsaDb db, NoticeSender notices, IntegrationClient directory, SimulationState sim)
{
    public async Task<SipOutcome> CallAsync(Arende arende, string? motestid, IReadOnlyList<string> deltagare, CancellationToken ct)
    {
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string>();
        var meeting = NoticeRules.CheckMeeting(motestid, now, errors);
        var units = new List<UnitDto>();
        foreach (var hsaId in deltagare.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct())
        {
            if (await directory.UnitAsync(hsaId, sim.Today, ct) is { } unit)
            {
                units.Add(unit);
            }
            else
            {
                errors["deltagare"] = $"Enheten {hsaId} finns inte i katalogen.";
            }
        }
        if (units.Count == 0 && !errors.ContainsKey("deltagare"))
        {
            errors["deltagare"] = "Ange minst en deltagande enhet.";
        }
        if (arende.Stangt is not null)
        {
            errors["arende"] = "Ärendet är avslutat; ingen SIP kan kallas i det.";
        }
        if (errors.Count > 0)
        {
            return new SipOutcome(null, errors, null);
        }
        if (await ExistingAsync(arende, ct) is { } existing && !sim.IsOn(KnownFaults.AllowDuplicateSip))
        {
            return new SipOutcome(null, errors, existing);
        }
        var caller = await directory.UnitAsync(arende.AgareHsaId, sim.Today, ct);
        var sip = new Data.Sip
        {
            ArendeId = arende.Id, Personnummer = arende.Personnummer, KallandeHsaId = arende.AgareHsaId,
            KallandeNamn = caller?.Namn ?? arende.AgareHsaId, Motestid = meeting!.Value,
            Deltagare = string.Join('\n', units.Select(u => u.HsaId)), Skapad = now,
        };
        db.Sipar.Add(sip);
        await db.SaveChangesAsync(ct);
        db.Utkorg.Add(OutboxItem.For(SharedEvents.ForSip(sip, EventObjects.Active, now), now));
        await db.SaveChangesAsync(ct);
        var names = units.Select(u => u.Namn).ToList();
        foreach (var unit in units)
        {
            await notices.SendAsync(arende, new NoticeRequest(MessageTypes.SipInvitation, arende.VardtillfalleId, unit.HsaId, Motestid: motestid, Deltagare: names), unit, ct);
        }
        return new SipOutcome(sip, errors, null);
    }

    /// <summary>The Swedish refusal naming the active SIP of the patient's case, here or in Samvy; null if none.</summary>
    private async Task<string?> ExistingAsync(Arende arende, CancellationToken ct)
    {
        var reference = SharedEvents.CaseReference(arende.Id);
        if (await db.ActiveSipAsync(arende.Personnummer, reference, ct) is { } other)
        {
            return $"Det finns redan en SIP för patienten i ärendet, skapad i {other.System} ({other.Objekt}) av {other.EnhetNamn}. " +
                   $"Delta i den i stället för att starta en ny.";
        }
        return await db.Sipar.AsNoTracking().FirstOrDefaultAsync(s => s.ArendeId == arende.Id && s.Avslutad == null, ct) is { } own
            ? $"Det finns redan en SIP för patienten i ärendet, skapad i SAMSA ({own.Reference}) av {own.KallandeNamn}."
            : null;
    }
}
