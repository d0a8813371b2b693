using E2E.Payment.Basis;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Payment;

/// <summary>A notice this system received from the other one, as far as a move between systems needs it.</summary>
public sealed record ReceivedNotice(string Typ, bool Uppdatering, string? Arende, string MottagareHsaId);

/// <summary>
/// A move between systems, as the admitting system can see it from its own data: the patient's municipality got
/// an admission notice from a ward in the other system and no discharge notice of that case yet, so the stay there
/// is still open and this admission continues it (the payment count must not stop or start again).
/// </summary>
public static class SystemMoves
{
    public static async Task RecordMovesAsync(
        this DbContext db, IntegrationClient directory, IReadOnlyList<ReceivedNotice> received,
        string personnummer, string wardHsaId, DateTime admitted, DateOnly today, CancellationToken ct)
    {
        var discharged = received.Where(n => n.Typ == MessageTypes.Discharge).Select(n => n.Arende).ToHashSet();
        var municipalities = received
            .Where(n => n.Typ == MessageTypes.Admission && !n.Uppdatering && n.Arende is not null && !discharged.Contains(n.Arende))
            .Select(n => n.MottagareHsaId).Distinct();
        foreach (var unitHsaId in municipalities)
        {
            if (await directory.UnitAsync(unitHsaId, today, ct) is { } unit && MessagePaymentEvents.IsMunicipal(unit.Typ)
                && PaymentEventLog.Problem(PaymentEventKinds.MovedBetweenSystems, personnummer, unit.Kommun, wardHsaId) is null)
            {
                db.RecordMove(personnummer, unit.Kommun, wardHsaId, admitted);
            }
        }
    }
}
