using System.Security.Claims;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Access;

/// <summary>
/// Unit access on the FHIR API: a Communication is read only by its sender's or recipient's unit, and sent only
/// for the token's own unit. Refusals are 403 OperationOutcomes (thrown, so FhirApi's filter words them).
/// </summary>
public static class FhirAccess
{
    public static void EnsureMayWriteFor(ClaimsPrincipal user, string? senderHsaId)
    {
        if (senderHsaId is not null && !user.MayWriteFor(senderHsaId))
        {
            throw Forbidden(user.WriteRefusal(senderHsaId));
        }
    }

    public static void EnsureMayRead(ClaimsPrincipal user, string recipientHsaId, SimulationState sim)
    {
        if (!user.MayRead(recipientHsaId, sim))
        {
            throw Forbidden(user.ReadRefusal(recipientHsaId));
        }
    }

    public static void EnsureMayRead(ClaimsPrincipal user, StoredCommunication stored, SimulationState sim)
    {
        if (!user.MayReadMessage(stored.SenderHsaId, stored.RecipientHsaId, sim))
        {
            throw Forbidden(user.MessageRefusal());
        }
    }

    /// <summary>A file on a message is read as the message is: by its sender's or recipient's unit only.</summary>
    public static void EnsureMayReadMessage(ClaimsPrincipal user, string senderHsaId, string recipientHsaId, string what, SimulationState sim)
    {
        if (!user.MayReadMessage(senderHsaId, recipientHsaId, sim))
        {
            throw Forbidden($"Ditt uppdrag gäller {user.UnitName()}. {what} hör till ett meddelande mellan andra enheter och du har inte behörighet att läsa den.");
        }
    }

    /// <summary>Search sees only the unit's own messages (sent or received), unless the fault removes the check.</summary>
    public static IQueryable<StoredCommunication> Readable(IQueryable<StoredCommunication> query, ClaimsPrincipal user, SimulationState sim)
    {
        if (sim.IsOn(KnownFaults.ReadOtherUnitsInbox))
        {
            return query;
        }
        var unit = user.UnitHsaId();
        return query.Where(c => c.SenderHsaId == unit || c.RecipientHsaId == unit);
    }

    private static FhirRequestException Forbidden(string message) => new(403, OperationOutcome.IssueType.Forbidden, message);
}
