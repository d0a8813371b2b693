using E2E.Tenants.Integration.Attachments;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>A file a user attaches to a notice, from the form (upload) or the API (base64); Innehall null = unreadable.</summary>
public sealed record AttachmentUpload(string? Namn, string? Innehallstyp, byte[]? Innehall)
{
    /// <summary>From the API's base64 text; content that is not base64 stays null and is refused by <see cref="Refusal"/>.</summary>
    public static AttachmentUpload FromBase64(string? name, string? contentType, string? base64)
    {
        var buffer = new byte[((base64?.Length ?? 0) * 3 / 4) + 3];
        return new(name, contentType, Convert.TryFromBase64String(base64 ?? string.Empty, buffer, out var length) ? buffer[..length] : null);
    }

    /// <summary>The first refusal among the files (Swedish, naming the file), or null when all may be sent.</summary>
    public static string? Refusal(IReadOnlyList<AttachmentUpload>? files, long maxBytes) =>
        (files ?? []).Select(f => f.Innehall is null
                ? $"Innehållet i bilagan \"{f.Namn}\" kunde inte läsas (ange det som base64)."
                : AttachmentPolicy.Refusal(f.Namn, f.Innehallstyp, f.Innehall.LongLength, maxBytes))
            .FirstOrDefault(r => r is not null);

    public Bilaga ToBilaga() => Bilaga.Of(Namn!, Innehallstyp!, Innehall!);

    public static List<Bilaga> Stored(IEnumerable<RoutedAttachment>? routed) =>
        [.. (routed ?? []).Select(a => Bilaga.Of(a.Namn, a.Innehallstyp, a.Innehall))]; // hash recomputed on arrival

    public static RoutedAttachment ToRouted(Bilaga b) => new(b.Namn, b.Innehallstyp, b.Storlek, b.Sha256, b.Innehall!.Data);
}
