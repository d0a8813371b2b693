using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// A payment event as a tenant keeps it (table Betalningshandelser): what its payment basis export is read from.
/// Written by <see cref="PaymentEventLog.RecordPaymentEvent"/> when a notice is sent or received, or a patient
/// is discharged or moved.
/// </summary>
public sealed class PaymentEventRecord
{
    public long Id { get; set; }

    /// <summary>One of E2E.Payment's PaymentEventKinds, e.g. "utskrivningsklar".</summary>
    public required string Handelse { get; set; }

    /// <summary>12 digits.</summary>
    public required string Personnummer { get; set; }
    public required string Kommun { get; set; }
    public required string EnhetHsaId { get; set; }

    /// <summary>UTC; exported in Swedish time.</summary>
    public DateTime Tidpunkt { get; set; }
}

public static class PaymentEventModel
{
    public static void MapPaymentEvents(this ModelBuilder model) =>
        model.Entity<PaymentEventRecord>(e =>
        {
            e.ToTable("Betalningshandelser");
            e.HasIndex(x => x.Tidpunkt);
            e.HasIndex(x => x.Personnummer);
        });
}
