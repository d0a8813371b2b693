using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>
/// The states of a notice in FHIR: status in-progress until delivered, then completed with `received`; the
/// meddelandestatus extension (skickad, levererad, last, kvitterad) and the times of reading and acknowledging.
/// The recipient reads and acknowledges; for a notice from SAMSA each change goes back as a receipt.
/// </summary>
public sealed class CommunicationStates(SamvyDb db, SimulationState sim)
{
    /// <summary>Writes the stored states onto the resource and keeps the JSON in step with the columns.</summary>
    public static Communication Stamp(StoredCommunication stored, Communication notice)
    {
        notice.Status = stored.Delivered is null ? EventStatus.InProgress : EventStatus.Completed;
        notice.ReceivedElement = stored.Delivered is { } d ? new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))) : null;
        SetOrRemove(notice, FhirConstants.ReadExtension, stored.Read);
        SetOrRemove(notice, FhirConstants.AcknowledgedExtension, stored.Acknowledged);
        var state = MessageStates.Of(stored.Delivered, stored.Read, stored.Acknowledged);
        notice.SetExtension(FhirConstants.MessageStateExtension, new Coding(FhirConstants.MessageStateSystem, state, MessageStates.Display(state)));
        stored.Json = FhirJson.Serialize(notice);
        return notice;
    }

    /// <summary>Marks the recipient's copy read (and acknowledged); null when it is not in a Samvy message centre.</summary>
    public async Task<Communication?> MarkAsync(string id, bool acknowledge, CancellationToken ct)
    {
        var stored = await db.Communications.SingleOrDefaultAsync(c => c.Id == id && c.Received != null, ct);
        if (stored is null)
        {
            return null;
        }
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        var changed = new List<string>();
        if (stored.Read is null)
        {
            (stored.Read, changed) = (now, [MessageStates.Read]);
        }
        if (acknowledge && stored.Acknowledged is null)
        {
            stored.Acknowledged = now;
            changed.Add(MessageStates.Acknowledged);
        }
        var notice = Stamp(stored, FhirJson.Parse<Communication>(stored.Json));
        if (stored.ExternalId is { } externalId)
        {
            db.Outbox.AddRange(changed.Select(state => OutboxItem.For(RoutedReceipt.For(SystemNames.Samvy, externalId, state, now), now)));
        }
        await db.SaveChangesAsync(ct);
        if (stored.ExternalId is not null && changed.Count > 0)
        {
            sim.Work.Pulse();
        }
        return notice;
    }

    /// <summary>Applies a receipt to Samvy's sender copy; a repeated or unknown one changes nothing.</summary>
    public async Task ApplyAsync(RoutedReceipt receipt, CancellationToken ct)
    {
        var stored = await db.Communications.SingleOrDefaultAsync(c => c.Id == receipt.MeddelandeId && c.ExternalId == null, ct);
        if (stored is null)
        {
            return;
        }
        switch (receipt.Status)
        {
            case MessageStates.Delivered: stored.Delivered ??= receipt.Tidpunkt; break;
            case MessageStates.Read: stored.Read ??= receipt.Tidpunkt; break;
            case MessageStates.Acknowledged: stored.Acknowledged ??= receipt.Tidpunkt; break;
        }
        Stamp(stored, FhirJson.Parse<Communication>(stored.Json));
        await db.SaveChangesAsync(ct);
    }

    private static void SetOrRemove(Communication notice, string url, DateTime? at)
    {
        if (at is { } t)
        {
            notice.SetTime(url, t);
        }
        else
        {
            notice.RemoveExtension(url);
        }
    }
}
