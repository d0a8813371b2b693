namespace E2E.Tenants.Samsa.Data;

/// <summary>A patient in SAMSA's register, keyed by personnummer (12 digits).</summary>
public sealed class Patient
{
    public required string Personnummer { get; set; }
    public required string Fornamn { get; set; }
    public required string Efternamn { get; set; }
    public string Gatuadress { get; set; } = string.Empty;
    public string Postnummer { get; set; } = string.Empty;
    public string Postort { get; set; } = string.Empty;

    public string FullName => $"{Fornamn} {Efternamn}";
    public string Address => $"{Gatuadress}, {Postnummer} {Postort}";
}

/// <summary>A hospital stay (vårdtillfälle) on a SAMSA ward.</summary>
public sealed class Vardtillfalle
{
    public int Id { get; set; }
    public required string Personnummer { get; set; }
    public required string EnhetHsaId { get; set; }
    public DateTime Inskrivningstid { get; set; }
    public Patient? Patient { get; set; }
}

/// <summary>
/// A notice as SAMSA keeps it. Mottagen is set when it landed in a SAMSA inbox; a notice sent to another
/// system stays here as the sender's copy (Mottagen empty) and travels through the outbox.
/// </summary>
public sealed class Meddelande
{
    public int Id { get; set; }
    public required string Typ { get; set; }
    public required string Personnummer { get; set; }
    public required string Patientnamn { get; set; }
    public required string Adress { get; set; }
    public DateOnly BeraknatUtskrivningsdatum { get; set; }
    public required string AvsandareHsaId { get; set; }
    public required string AvsandareNamn { get; set; }
    public required string MottagareHsaId { get; set; }
    public int? VardtillfalleId { get; set; }
    public DateTime Skickad { get; set; }
    public DateTime? Mottagen { get; set; }

    /// <summary>"System:id" of a notice that came through the integration; unique, so it lands only once.</summary>
    public string? ExterntId { get; set; }
}
