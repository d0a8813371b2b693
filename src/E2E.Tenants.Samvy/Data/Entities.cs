namespace E2E.Tenants.Samvy.Data;

/// <summary>A Patient resource as FHIR JSON, with the personnummer (12 digits) as search column.</summary>
public sealed class StoredPatient
{
    public required string Id { get; set; }
    public required string Personnummer { get; set; }
    public required string Json { get; set; }
}

/// <summary>An Encounter resource as FHIR JSON, with patient and ward as search columns.</summary>
public sealed class StoredEncounter
{
    public required string Id { get; set; }
    public required string PatientId { get; set; }
    public required string EnhetHsaId { get; set; }
    public DateTime Start { get; set; }
    public required string Json { get; set; }
}

/// <summary>
/// The coordination case of one Encounter as an EpisodeOfCare (FHIR JSON), owned by the admitting ward (rule 3):
/// active while the patient is in hospital, finished at discharge or when closed explicitly.
/// </summary>
public sealed class StoredEpisode
{
    public required string Id { get; set; }
    public required string PatientId { get; set; }
    public required string EncounterId { get; set; }
    public required string OwnerHsaId { get; set; }
    public DateTime Opened { get; set; }
    public DateTime? Closed { get; set; }

    /// <summary>The SAMSA case this one took over when SAMSA was decommissioned ("SAMSA:id"); null otherwise.</summary>
    public string? CarriedFrom { get; set; }
    public required string Json { get; set; }
}

/// <summary>
/// A Communication resource as FHIR JSON with its search columns. Received is set when it landed in a Samvy
/// message centre; a notice sent to a SAMSA unit stays here as the sender's copy and travels through the outbox,
/// and learns Delivered/Read/Acknowledged from the receipts that come back. The JSON mirrors these columns.
/// </summary>
public sealed class StoredCommunication
{
    public required string Id { get; set; }
    public required string PatientId { get; set; }
    public required string SenderHsaId { get; set; }
    public required string RecipientHsaId { get; set; }
    public required string Category { get; set; }
    public DateTime Sent { get; set; }
    public string? EncounterId { get; set; }
    public DateTime? Received { get; set; }
    public DateTime? Delivered { get; set; }
    public DateTime? Read { get; set; }
    public DateTime? Acknowledged { get; set; }
    public string? ExternalId { get; set; }
    public required string Json { get; set; }
}
