namespace E2E.Tenants.Samvy.Data;

/// <summary>
/// A SIP as a FHIR CarePlan (category "sip") with its search columns: the patient, the calling unit (author), the
/// case it belongs to ("System:id") and the participating units (HSA-ids, one per line). The JSON mirrors them.
/// </summary>
public sealed class StoredCarePlan
{
    public required string Id { get; set; }
    public required string PatientId { get; set; }
    public required string Personnummer { get; set; }
    public required string AuthorHsaId { get; set; }
    public required string Arende { get; set; }
    public required string Participants { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Ended { get; set; }

    /// <summary>The SAMSA SIP this plan took over when SAMSA was decommissioned ("SAMSA:id"); null otherwise.</summary>
    public string? CarriedFrom { get; set; }
    public required string Json { get; set; }

    public string Reference => $"Samvy:{Id}";
}
