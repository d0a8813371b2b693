using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>
/// What a ward asks SAMSA to send, from the API or a form. Dates and times stay text until checked, so a
/// malformed one gets a Swedish message rather than a bare 400. Field names are the API's (and error keys).
/// </summary>
public sealed record NoticeRequest(
    string Typ,
    int VardtillfalleId,
    string? MottagareHsaId,
    string? BeraknatUtskrivningsdatum = null,
    string? Motestid = null,
    string? Utskrivningstid = null,
    IReadOnlyList<string>? Deltagare = null,
    bool Uppdatering = false,
    IReadOnlyList<AttachmentUpload>? Bilagor = null)
{
    /// <summary>The API path segment for each type ("inskrivning" is the skeleton's name for admission notices).</summary>
    public static string? TypeOfPath(string path) => path == "inskrivning" ? MessageTypes.Admission : MessageTypes.IsKnown(path) ? path : null;

    public IReadOnlyList<string> Participants =>
        [.. (Deltagare ?? []).Select(d => d.Trim()).Where(d => d.Length > 0)];
}

public sealed record SendOutcome(IReadOnlyList<int> Ids, IReadOnlyDictionary<string, string> Errors)
{
    public int? Id => Ids.Count > 0 ? Ids[0] : null;
    public bool StayMissing => Errors.ContainsKey("vardtillfalleId");

    public static SendOutcome Failed(string field, string message) => new([], new Dictionary<string, string> { [field] = message });
}
