using E2E.Organisation;
using E2E.Payment.Basis;
using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// The payment events messages make, for whichever system holds a copy: the sender's copy on sending, the
/// recipient's on landing (a notice that crossed systems is in both exports; the engine joins them as one event).
/// Only notices to a municipal unit count: the municipality pays.
/// </summary>
public static class MessagePaymentEvents
{
    /// <summary>
    /// Adds the event of <paramref name="message"/> without saving. <paramref name="landed"/> is when it reached the
    /// recipient's inbox in this system (null for a sender's copy on its way through the integration).
    /// </summary>
    public static void RecordPaymentEventOf(this DbContext db, RoutedMessage message, string recipientTyp, string recipientKommun, DateTime? landed)
    {
        var personnummer = message.Patient.Personnummer;
        // A patient without a personnummer (e.g. a reserve number) has no payment basis row: the send must not fail.
        if (!IsMunicipal(recipientTyp) || PaymentEventLog.Problem(PaymentEventKinds.DischargeReady, personnummer, recipientKommun, message.MottagareHsaId) is not null)
        {
            return;
        }
        if (message.Typ == MessageTypes.Admission && !message.Uppdatering && landed is { } at)
        {
            db.RecordPaymentEvent(PaymentEventKinds.AdmissionNoticeReceived, personnummer, recipientKommun, message.MottagareHsaId, Utc(at));
        }
        else if (KindOf(message.Typ) is { } kind && message.Tidpunkt is { } time)
        {
            db.RecordPaymentEvent(kind, personnummer, recipientKommun, message.AvsandareHsaId, Utc(time));
        }
    }

    /// <summary>A patient admitted to a ward in this system while a stay in the other system was still open.</summary>
    public static void RecordMove(this DbContext db, string personnummer, string kommun, string wardHsaId, DateTime admitted) =>
        db.RecordPaymentEvent(PaymentEventKinds.MovedBetweenSystems, personnummer, kommun, wardHsaId, Utc(admitted));

    public static bool IsMunicipal(string unitTyp) => unitTyp is UnitKinds.HomeCare or UnitKinds.NeedsAssessment;

    private static string? KindOf(string typ) => typ switch
    {
        MessageTypes.DischargeReady => PaymentEventKinds.DischargeReady,
        MessageTypes.DischargeReadyWithdrawn => PaymentEventKinds.ReadinessWithdrawn,
        MessageTypes.Discharge => PaymentEventKinds.Discharged,
        _ => null,
    };

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
