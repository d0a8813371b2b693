using E2E.Tenants.Integration.Attachments;

namespace E2E.Tenants.Samvy.Data;

/// <summary>
/// A file on a Communication (P08), served as a DocumentReference and a Binary with the same id. Sender and
/// recipient are kept so that only their units may read it; Sha256 is computed here, also for a file from SAMSA.
/// </summary>
public sealed class StoredDocument
{
    public required string Id { get; set; }
    public required string CommunicationId { get; set; }
    public required string PatientId { get; set; }
    public required string SenderHsaId { get; set; }
    public required string RecipientHsaId { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public DateTime Created { get; set; }
    public required byte[] Content { get; set; }

    public static StoredDocument Of(string name, string contentType, byte[] content, StoredCommunication on) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        CommunicationId = on.Id,
        PatientId = on.PatientId,
        SenderHsaId = on.SenderHsaId,
        RecipientHsaId = on.RecipientHsaId,
        Name = name.Trim(),
        ContentType = AttachmentPolicy.BaseType(contentType),
        Size = content.LongLength,
        Sha256 = AttachmentPolicy.Sha256(content),
        Created = on.Sent,
        Content = content,
    };
}
