using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samsa.Data;

/// <summary>
/// A SIP (samordnad individuell plan) called from a SAMSA case: meeting time and participating units. It lives in
/// SAMSA because the calling unit works here (rule 4); Samvy keeps a reference to it.
/// </summary>
public sealed class Sip
{
    public int Id { get; set; }
    public int ArendeId { get; set; }
    public required string Personnummer { get; set; }
    public required string KallandeHsaId { get; set; }
    public required string KallandeNamn { get; set; }
    public DateTime Motestid { get; set; }

    /// <summary>Participating units as "HSA-id" lines; names are looked up in the directory when shown.</summary>
    public required string Deltagare { get; set; }
    public DateTime Skapad { get; set; }
    public DateTime? Avslutad { get; set; }

    /// <summary>When the decommissioning asked Samvy to take the SIP over; it stays active until Samvy confirms.</summary>
    public DateTime? OverforingBegard { get; set; }

    /// <summary>Where the SIP went when SAMSA was decommissioned ("Samvy:&lt;CarePlan id&gt;"), once Samvy confirmed.</summary>
    public string? OverfordTill { get; set; }

    public string Reference => $"SAMSA:{Id}";
    public bool IsActive => Avslutad is null && OverfordTill is null;
    public string Status => OverfordTill is not null ? EventObjects.CarriedOver : Avslutad is null ? EventObjects.Active : EventObjects.Closed;
    public IReadOnlyList<string> Participants => Deltagare.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
