using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>
/// Read and acknowledged, set by the recipient; for a notice from another system each change also goes back to
/// the sender as a receipt (through the outbox, in the same transaction). Receipts from the other system update
/// SAMSA's sender copies.
/// </summary>
public sealed class NoticeStates(SamsaDb db, SimulationState sim)
{
    /// <summary>Marks the recipient's copy read (and acknowledged); null when it is not in a SAMSA inbox.</summary>
    public async Task<Meddelande?> MarkAsync(int id, bool acknowledge, CancellationToken ct)
    {
        var notice = await db.Meddelanden.FindAsync([id], ct);
        if (notice?.Mottagen is null)
        {
            return null;
        }
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        var changed = new List<string>();
        if (notice.Last is null)
        {
            (notice.Last, changed) = (now, [MessageStates.Read]);
        }
        if (acknowledge && notice.Kvitterad is null)
        {
            notice.Kvitterad = now;
            changed.Add(MessageStates.Acknowledged);
        }
        if (notice.ExterntId is { } externalId)
        {
            db.Utkorg.AddRange(changed.Select(state => OutboxItem.For(ReceiptFor(externalId, state, now), now)));
        }
        await db.SaveChangesAsync(ct);
        if (notice.ExterntId is not null && changed.Count > 0)
        {
            sim.Work.Pulse();
        }
        return notice;
    }

    /// <summary>"The notice you sent is now in this state", addressed to the system that sent it.</summary>
    public static RoutedReceipt ReceiptFor(string externalId, string state, DateTime at) =>
        RoutedReceipt.For(SystemNames.Samsa, externalId, state, at);

    /// <summary>Applies a receipt to SAMSA's sender copy; a repeated or unknown one changes nothing.</summary>
    public async Task ApplyAsync(RoutedReceipt receipt, CancellationToken ct)
    {
        if (!int.TryParse(receipt.MeddelandeId, out var id) || await db.Meddelanden.FindAsync([id], ct) is not { ExterntId: null } notice)
        {
            return;
        }
        switch (receipt.Status)
        {
            case MessageStates.Delivered: notice.Levererad ??= receipt.Tidpunkt; break;
            case MessageStates.Read: notice.Last ??= receipt.Tidpunkt; break;
            case MessageStates.Acknowledged: notice.Kvitterad ??= receipt.Tidpunkt; break;
        }
        await db.SaveChangesAsync(ct);
    }
}
