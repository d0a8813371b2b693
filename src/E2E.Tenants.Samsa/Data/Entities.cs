namespace E2E.Tenants.Samsa.Data;

/// <summary>
/// A patient in SAMSA's register, keyed by personnummer (12 digits) or a reserve identity ("OID|value", see
/// PatientIdentity); stays, cases and notices refer to the same key, and a sammankoppling re-files them all.
/// </summary>
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
/// The coordination case (samordningsärende) of one stay, owned by the admitting ward (rule 3). Open while the
/// patient is in hospital; closed by the discharge notice or explicitly.
/// </summary>
public sealed class Arende
{
    public int Id { get; set; }
    public int VardtillfalleId { get; set; }
    public required string Personnummer { get; set; }
    public required string AgareHsaId { get; set; }
    public DateTime Oppnat { get; set; }
    public DateTime? Utskriven { get; set; }
    public DateTime? Stangt { get; set; }

    /// <summary>When the decommissioning asked Samvy to take the case over; it stays open until Samvy confirms.</summary>
    public DateTime? OverforingBegard { get; set; }

    /// <summary>The case in Samvy that took this one over at decommissioning ("Samvy:&lt;EpisodeOfCare id&gt;").</summary>
    public string? OverfortTill { get; set; }
    public Vardtillfalle? Vardtillfalle { get; set; }

    /// <summary>Samvy has been asked to take the case over and has not confirmed yet: nothing may change it here.</summary>
    public bool CarryOverPending => OverforingBegard is not null && OverfortTill is null;
}
