using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>
/// Samvy confirms a carry-over with an event about its new object that names the SAMSA object it came from. Only
/// then does the SAMSA SIP or case stop being active, and it points to where it went.
/// </summary>
public sealed class CarryOverConfirmations(SamsaDb db, SimulationState sim) : IInboundEventHandler
{
    public async Task HandleAsync(RoutedEvent change, CancellationToken ct)
    {
        if (change.Ursprung is not { } origin || !origin.StartsWith($"{SystemNames.Samsa}:", StringComparison.Ordinal)
            || !int.TryParse(origin[(SystemNames.Samsa.Length + 1)..], out var id))
        {
            return;
        }
        var now = sim.Clock.GetUtcNow().UtcDateTime;
        // Only what SAMSA asked Samvy to take over is confirmed; anything else naming a SAMSA origin is ignored.
        if (change.Typ == EventObjects.Sip && await db.Sipar.FindAsync([id], ct) is { OverforingBegard: not null } sip)
        {
            sip.OverfordTill ??= change.Objekt;
            sip.Avslutad ??= now;
        }
        else if (change.Typ == EventObjects.Case && await db.Arenden.FindAsync([id], ct) is { OverforingBegard: not null } arende)
        {
            arende.OverfortTill ??= change.Objekt;
            arende.Stangt ??= now;
        }
        await db.SaveChangesAsync(ct);
    }
}
