using E2E.Tenants.Integration.Attachments;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>
/// Files on a Communication (P08). A client sends each as payload.contentAttachment with inline data; Samvy stores it
/// as a DocumentReference + Binary and the stored Communication refers to it by payload.contentReference.
/// </summary>
public static class CommunicationAttachments
{
    public sealed record File(string Name, string ContentType, byte[] Content);

    /// <summary>The files a client attached, or a 422 OperationOutcome naming the first one that may not be sent.</summary>
    public static IReadOnlyList<File> Read(Communication notice, long maxBytes)
    {
        var files = new List<File>();
        foreach (var content in notice.Payload.Select(p => p.Content))
        {
            if (content is ResourceReference)
            {
                throw Refused("Bilagor skickas som payload.contentAttachment med innehållet i data; contentReference sätter Samvy självt.");
            }
            if (content is not Attachment a)
            {
                continue; // contentString: free text, not a file
            }
            if (a.Data is null)
            {
                throw Refused($"Bilagan \"{a.Title}\" saknar innehåll (data).");
            }
            if (AttachmentPolicy.Refusal(a.Title, a.ContentType, a.Data.LongLength, maxBytes) is { } refusal)
            {
                throw Refused(refusal);
            }
            files.Add(new File(a.Title!, a.ContentType!, a.Data));
        }
        return files;
    }

    /// <summary>The payload as stored: free text kept, every file replaced by a reference to its DocumentReference.</summary>
    public static void Refer(Communication notice, IEnumerable<StoredDocument> documents)
    {
        notice.Payload =
        [
            .. notice.Payload.Where(p => p.Content is FhirString),
            .. documents.Select(d => new Communication.PayloadComponent { Content = new ResourceReference($"DocumentReference/{d.Id}") { Display = d.Name } }),
        ];
    }

    public static RoutedAttachment ToRouted(StoredDocument d) => new(d.Name, d.ContentType, d.Size, d.Sha256, d.Content);

    private static FhirRequestException Refused(string message) => new(422, OperationOutcome.IssueType.BusinessRule, message);
}
