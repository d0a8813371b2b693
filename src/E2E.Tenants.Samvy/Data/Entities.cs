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
/// A Communication resource as FHIR JSON with its search columns. Received is set when it landed in a Samvy
/// message centre; a notice sent to a SAMSA unit stays here as the sender's copy and travels through the outbox.
/// </summary>
public sealed class StoredCommunication
{
    public required string Id { get; set; }
    public required string PatientId { get; set; }
    public required string SenderHsaId { get; set; }
    public required string RecipientHsaId { get; set; }
    public required string Category { get; set; }
    public DateTime Sent { get; set; }
    public DateTime? Received { get; set; }
    public string? ExternalId { get; set; }
    public required string Json { get; set; }
}
