using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>
/// Sends a notice of any type from a SAMSA ward's case: straight into the recipient's SAMSA inbox, or through
/// the outbox to the integration when the recipient works in another system. Used by the API and the UI alike.
/// </summary>
public sealed class NoticeSender(SamsaDb db, IntegrationClient directory, CaseStore cases, SimulationState sim)
{
    public async Task<SendOutcome> SendAsync(NoticeRequest request, CancellationToken ct)
    {
        var arende = await cases.ForStayAsync(request.VardtillfalleId, ct);
        return arende is null
            ? SendOutcome.Failed("vardtillfalleId", "Vårdtillfället finns inte.")
            : await SendAsync(arende, request, null, ct);
    }

    /// <summary>
    /// Sends on a case the caller already holds; a caller that has the recipient from the directory already (a SIP's
    /// participants) passes it, so a notice to each of several units does not look the case and units up again.
    /// </summary>
    public async Task<SendOutcome> SendAsync(Arende arende, NoticeRequest request, UnitDto? recipient, CancellationToken ct)
    {
        recipient ??= string.IsNullOrWhiteSpace(request.MottagareHsaId) ? null : await directory.UnitAsync(request.MottagareHsaId, sim.Today, ct);
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        var readinessSent = request.Typ == MessageTypes.DischargeReadyWithdrawn && recipient is not null && await db.Meddelanden.AnyAsync(
            m => m.ArendeId == arende.Id && m.Typ == MessageTypes.DischargeReady && m.MottagareHsaId == recipient.HsaId, ct);
        var errors = NoticeRules.Check(request, recipient, arende, now, readinessSent);
        if (AttachmentUpload.Refusal(request.Bilagor, sim.MaxAttachmentBytes) is { } refusal)
        {
            errors["bilagor"] = refusal;
        }
        if (errors.Count > 0)
        {
            return new SendOutcome([], errors);
        }
        var notice = await StoreAsync(request, arende, recipient!, now, ct);
        if (request.Typ == MessageTypes.Discharge)
        {
            await cases.CloseAsync(arende, notice.Tidpunkt, ct);
        }
        return new SendOutcome([notice.Id], new Dictionary<string, string>());
    }

    /// <summary>A changed estimate goes to every unit that got the case's admission notice.</summary>
    public async Task<SendOutcome> UpdateEstimateAsync(Arende arende, string? datum, CancellationToken ct)
    {
        var recipients = await db.Meddelanden.Where(m => m.ArendeId == arende.Id && m.Typ == MessageTypes.Admission)
            .Select(m => m.MottagareHsaId).Distinct().ToListAsync(ct);
        if (recipients.Count == 0)
        {
            return SendOutcome.Failed("arende", "Inget inskrivningsmeddelande har skickats i ärendet ännu.");
        }
        var ids = new List<int>();
        foreach (var recipient in recipients)
        {
            var outcome = await SendAsync(arende, new NoticeRequest(MessageTypes.Admission, arende.VardtillfalleId, recipient, datum, Uppdatering: true), null, ct);
            if (outcome.Errors.Count > 0)
            {
                return outcome; // the same date is wrong for every recipient: the first refusal says it
            }
            ids.AddRange(outcome.Ids);
        }
        return new SendOutcome(ids, new Dictionary<string, string>());
    }

    private async Task<Meddelande> StoreAsync(NoticeRequest request, Arende arende, UnitDto recipient, DateTime now, CancellationToken ct)
    {
        var stay = arende.Vardtillfalle!;
        var sender = await directory.UnitAsync(stay.EnhetHsaId, sim.Today, ct);
        var local = recipient.System == SystemNames.Samsa; // same system: in the recipient's inbox at once
        var notice = new Meddelande
        {
            Typ = request.Typ,
            Personnummer = stay.Personnummer,
            Patientnamn = stay.Patient!.FullName,
            Adress = stay.Patient.Address,
            BeraknatUtskrivningsdatum = request.Typ == MessageTypes.Admission ? Dates.Parse(request.BeraknatUtskrivningsdatum) : null,
            Uppdatering = request.Uppdatering,
            Tidpunkt = request.Typ switch
            {
                MessageTypes.SipInvitation => Dates.ParseTime(request.Motestid),
                MessageTypes.Discharge => Dates.ParseTime(request.Utskrivningstid),
                MessageTypes.DischargeReady or MessageTypes.DischargeReadyWithdrawn => now, // timestamped by the tenant clock
                _ => null,
            },
            Deltagare = request.Typ == MessageTypes.SipInvitation ? string.Join('\n', request.Participants) : null,
            AvsandareHsaId = stay.EnhetHsaId,
            AvsandareNamn = sender?.Namn ?? stay.EnhetHsaId,
            MottagareHsaId = recipient.HsaId,
            MottagareNamn = recipient.Namn,
            VardtillfalleId = stay.Id,
            ArendeId = arende.Id,
            ArendeReferens = $"{SystemNames.Samsa}:{arende.Id}",
            Skickad = now,
            Mottagen = local ? now : null,
            Levererad = local ? now : null,
            Bilagor = [.. (request.Bilagor ?? []).Select(b => b.ToBilaga())],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Meddelanden.Add(notice);
        db.RecordPaymentEventOf(notice.ToRouted(stay.Patient), recipient.Typ, recipient.Kommun, notice.Mottagen);
        await db.SaveChangesAsync(ct);
        if (!local)
        {
            db.Utkorg.Add(OutboxItem.For(notice.ToRouted(stay.Patient) with { Bilagor = [.. notice.Bilagor.Select(AttachmentUpload.ToRouted)] }, now));
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct); // notice and outbox item together: neither without the other
        if (!local)
        {
            sim.Work.Pulse(); // wake the outbox dispatcher
        }
        return notice;
    }
}
