using System.Security.Claims;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// No user reads another unit's inbox or writes for another unit: the assignment chosen at login (or named in the
/// token) is the only unit a user acts for. Fault "las-andra-enheters-inkorg" removes the read check.
/// </summary>
public static class UnitAccess
{
    public const string Title = "Ingen behörighet";

    public static bool MayRead(this ClaimsPrincipal user, string unitHsaId, SimulationState sim) =>
        user.UnitHsaId() == unitHsaId || sim.IsOn(KnownFaults.ReadOtherUnitsInbox);

    /// <summary>A message is the reader's when their unit sent or received it.</summary>
    public static bool MayReadMessage(this ClaimsPrincipal user, string senderHsaId, string recipientHsaId, SimulationState sim) =>
        user.MayRead(recipientHsaId, sim) || user.UnitHsaId() == senderHsaId;

    public static bool MayWriteFor(this ClaimsPrincipal user, string unitHsaId) => user.UnitHsaId() == unitHsaId;

    public static string ReadRefusal(this ClaimsPrincipal user, string unitHsaId) =>
        $"Ditt uppdrag gäller {user.UnitName()}. Du har inte behörighet att läsa meddelanden för enheten {unitHsaId}.";

    public static string MessageRefusal(this ClaimsPrincipal user) =>
        $"Ditt uppdrag gäller {user.UnitName()}. Meddelandet hör till en annan enhet och du har inte behörighet att öppna det.";

    public static string WriteRefusal(this ClaimsPrincipal user, string unitHsaId) =>
        $"Ditt uppdrag gäller {user.UnitName()}. Du kan inte skicka meddelanden för enheten {unitHsaId}.";
}
