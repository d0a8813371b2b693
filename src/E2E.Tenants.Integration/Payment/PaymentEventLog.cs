using E2E.Payment.Basis;
using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// The one way a tenant records a payment event. The messaging code calls it when it sends or receives a
/// discharge-ready notice, a withdrawal or a discharge notice, when a municipality receives an admission notice,
/// and when a patient moves to a ward in the other system.
/// </summary>
public static class PaymentEventLog
{
    /// <summary>
    /// Adds the event to <paramref name="db"/> without saving: call it before the SaveChangesAsync that stores the
    /// message itself, so message and payment basis are written together or not at all.
    /// </summary>
    /// <exception cref="ArgumentException">See <see cref="Problem"/>.</exception>
    public static PaymentEventRecord RecordPaymentEvent(
        this DbContext db, string handelse, string personnummer, string kommun, string enhetHsaId, DateTimeOffset tidpunkt)
    {
        if (Problem(handelse, personnummer, kommun, enhetHsaId) is { } problem)
        {
            throw new ArgumentException(problem);
        }
        var record = new PaymentEventRecord
        {
            Handelse = handelse,
            Personnummer = Personnummer.Normalize(personnummer)!,
            Kommun = kommun,
            EnhetHsaId = enhetHsaId,
            Tidpunkt = tidpunkt.UtcDateTime,
        };
        db.Set<PaymentEventRecord>().Add(record);
        return record;
    }

    /// <summary>Why an event cannot be recorded (Swedish, for the tester), or null when it can.</summary>
    public static string? Problem(string? handelse, string? personnummer, string? kommun, string? enhetHsaId) =>
        !PaymentEventKinds.IsKnown(handelse) ? $"Okänd händelse \"{handelse}\". Kända händelser: {string.Join(", ", PaymentEventKinds.All)}."
        : Personnummer.Normalize(personnummer) is null ? $"Ogiltigt personnummer \"{personnummer}\"."
        : string.IsNullOrWhiteSpace(kommun) ? "Kommun saknas."
        : string.IsNullOrWhiteSpace(enhetHsaId) ? "Enhetens HSA-id saknas."
        : null;
}
