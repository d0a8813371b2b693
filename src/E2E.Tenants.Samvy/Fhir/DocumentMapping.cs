using System.Security.Cryptography;
using E2E.Tenants.Samvy.Data;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>A stored file as FHIR: a DocumentReference (what it is, whose, on which Communication) and its Binary.</summary>
public static class DocumentMapping
{
    public static DocumentReference ToDocumentReference(this StoredDocument d) => new()
    {
        Id = d.Id,
        Meta = new Meta { LastUpdated = new DateTimeOffset(DateTime.SpecifyKind(d.Created, DateTimeKind.Utc)), VersionId = "1" },
        Status = DocumentReferenceStatus.Current,
        Subject = References.To("Patient", d.PatientId),
        Author = [References.Organization(d.SenderHsaId, null)],
        Date = new DateTimeOffset(DateTime.SpecifyKind(d.Created, DateTimeKind.Utc)),
        Description = d.Name,
        Content = [new DocumentReference.ContentComponent { Attachment = d.ToAttachment() }],
        Context = new DocumentReference.ContextComponent { Related = [References.To("Communication", d.CommunicationId)] },
    };

    public static Binary ToBinary(this StoredDocument d) => new()
    {
        Id = d.Id,
        ContentType = d.ContentType,
        Data = d.Content,
        SecurityContext = References.To("DocumentReference", d.Id),
    };

    /// <summary>Name, type, size, SHA-1 (R4's hash) and SHA-256 (extension); the content itself is at Binary/{id}.</summary>
    public static Attachment ToAttachment(this StoredDocument d)
    {
        var attachment = new Attachment
        {
            ContentType = d.ContentType,
            Title = d.Name,
            SizeUnsignedInt = checked((int)d.Size), // R4: unsignedInt (Size is R5's integer64)
            Hash = SHA1.HashData(d.Content),
            Url = $"Binary/{d.Id}",
        };
        attachment.SetExtension(FhirConstants.Sha256Extension, new FhirString(d.Sha256));
        return attachment;
    }
}
