using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samsa.Data;

/// <summary>
/// A notice as SAMSA keeps it. Mottagen is set when it landed in a SAMSA inbox; a notice sent to another
/// system stays here as the sender's copy (Mottagen empty), travels through the outbox, and learns its
/// delivered/read/acknowledged times from the receipts that come back.
/// </summary>
public sealed class Meddelande
{
    public int Id { get; set; }
    public required string Typ { get; set; }
    public required string Personnummer { get; set; }
    public required string Patientnamn { get; set; }
    public required string Adress { get; set; }
    public DateOnly? BeraknatUtskrivningsdatum { get; set; }
    public bool Uppdatering { get; set; }

    /// <summary>SIP meeting time, discharge time, or when discharge readiness was set/withdrawn (UTC).</summary>
    public DateTime? Tidpunkt { get; set; }

    /// <summary>SIP participants, one per line.</summary>
    public string? Deltagare { get; set; }

    public required string AvsandareHsaId { get; set; }
    public required string AvsandareNamn { get; set; }
    public required string MottagareHsaId { get; set; }
    public string MottagareNamn { get; set; } = string.Empty;
    public int? VardtillfalleId { get; set; }
    public int? ArendeId { get; set; }

    /// <summary>"System:id" of the case this notice belongs to, in its owner's system.</summary>
    public string? ArendeReferens { get; set; }

    public DateTime Skickad { get; set; }
    public DateTime? Mottagen { get; set; }
    public DateTime? Levererad { get; set; }
    public DateTime? Last { get; set; }
    public DateTime? Kvitterad { get; set; }

    /// <summary>"System:id" of a notice that came through the integration; unique, so it lands only once.</summary>
    public string? ExterntId { get; set; }

    /// <summary>Files on the notice (loaded with it, without their content).</summary>
    public List<Bilaga> Bilagor { get; set; } = [];

    public string Status => MessageStates.Of(Levererad, Last, Kvitterad);

    public IReadOnlyList<string> DeltagarLista => Deltagare?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
