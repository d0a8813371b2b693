namespace E2E.Tenants.Integration.Data;

/// <summary>A unit in the directory (Millenniumenheter).</summary>
public sealed class UnitRecord
{
    public required string HsaId { get; set; }
    public required string Namn { get; set; }
    public required string Typ { get; set; }
    public required string Kommun { get; set; }
    public DateOnly? DriftsattFran { get; set; }
}

/// <summary>A demo user: a simulated e-ID identity with one staff assignment.</summary>
public sealed class DemoUserRecord
{
    public int Id { get; set; }
    public required string Namn { get; set; }
    public required string Roll { get; set; }
    public required string EnhetHsaId { get; set; }
}

/// <summary>A message or receipt the integration accepted; delivered once it is due, or dropped by a fault.</summary>
public sealed class RoutedMessageRecord
{
    public long Id { get; set; }
    public string Kind { get; set; } = Outbox.RoutedKinds.Message;
    public required string SourceSystem { get; set; }
    public required string SourceMessageId { get; set; }
    public required string TargetSystem { get; set; }
    public required string PayloadJson { get; set; }
    public DateTime AcceptedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public bool Dropped { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the reserve routine took the message over (simulated clock, UTC): set at the first failed delivery.</summary>
    public DateTime? ReserveSince { get; set; }
}
