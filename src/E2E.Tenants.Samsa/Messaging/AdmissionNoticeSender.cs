using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>
/// Sends an admission notice from a SAMSA ward: straight into the recipient's SAMSA inbox, or through the
/// outbox to the integration when the recipient works in another system. Used by both the API and the UI.
/// </summary>
public sealed class AdmissionNoticeSender(SamsaDb db, IntegrationClient directory, SimulationState sim)
{
    public async Task<SendOutcome> SendAsync(int vardtillfalleId, string? mottagareHsaId, DateOnly? datum, CancellationToken ct)
    {
        var stay = await db.Vardtillfallen.Include(v => v.Patient).SingleOrDefaultAsync(v => v.Id == vardtillfalleId, ct);
        if (stay?.Patient is null)
        {
            return SendOutcome.Failed("vardtillfalleId", "Vårdtillfället finns inte.");
        }
        var recipient = string.IsNullOrWhiteSpace(mottagareHsaId) ? null : await directory.UnitAsync(mottagareHsaId, sim.Today, ct);
        var errors = AdmissionNoticeRules.Check(mottagareHsaId, recipient, datum, stay);
        if (errors.Count > 0)
        {
            return new SendOutcome(null, errors);
        }
        var sender = await directory.UnitAsync(stay.EnhetHsaId, sim.Today, ct);
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        var notice = new Meddelande
        {
            Typ = MessageTypes.Admission,
            Personnummer = stay.Personnummer,
            Patientnamn = stay.Patient.FullName,
            Adress = stay.Patient.Address,
            BeraknatUtskrivningsdatum = datum!.Value,
            AvsandareHsaId = stay.EnhetHsaId,
            AvsandareNamn = sender?.Namn ?? stay.EnhetHsaId,
            MottagareHsaId = recipient!.HsaId,
            VardtillfalleId = stay.Id,
            Skickad = now,
            // Same system: it is in the recipient's inbox at once.
            Mottagen = recipient.System == SystemNames.Samsa ? now : null,
        };
        db.Meddelanden.Add(notice);
        await db.SaveChangesAsync(ct);
        if (notice.Mottagen is null)
        {
            db.Utkorg.Add(OutboxItem.For(ToRouted(notice, stay.Patient), now));
            await db.SaveChangesAsync(ct);
            sim.Work.Pulse(); // wake the outbox dispatcher
        }
        return new SendOutcome(notice.Id, new Dictionary<string, string>());
    }

    private static RoutedMessage ToRouted(Meddelande notice, Patient patient) => new(
        notice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SystemNames.Samsa,
        notice.Typ,
        notice.AvsandareHsaId,
        notice.AvsandareNamn,
        notice.MottagareHsaId,
        new RoutedPatient(patient.Personnummer, patient.Fornamn, patient.Efternamn, patient.Gatuadress, patient.Postnummer, patient.Postort),
        notice.BeraknatUtskrivningsdatum,
        notice.Skickad);
}

public sealed record SendOutcome(int? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool StayMissing => Errors.ContainsKey("vardtillfalleId");

    public static SendOutcome Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
