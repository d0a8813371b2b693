using System.Globalization;
using System.Security.Cryptography;

namespace E2E.Tenants.Integration.Attachments;

/// <summary>
/// Which files may travel on a message (P08) and how large they may be; both tenants refuse the rest with the same
/// Swedish wording, naming the file, its type or size and the limit.
/// </summary>
public static class AttachmentPolicy
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Allowed content types with the name a tester knows them by.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "PDF",
        ["image/jpeg"] = "JPEG",
        ["image/png"] = "PNG",
        ["text/plain"] = "text",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "DOCX",
    };

    /// <summary>A Swedish refusal, or null when the file may be sent.</summary>
    public static string? Refusal(string? name, string? contentType, long size, long maxBytes)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Bilagan saknar filnamn.";
        }
        var file = name.Trim();
        if (contentType is null || !AllowedTypes.ContainsKey(BaseType(contentType)))
        {
            return $"Bilagan \"{file}\" har filtypen {(string.IsNullOrWhiteSpace(contentType) ? "(okänd)" : contentType)}, som inte är tillåten. " +
                $"Tillåtna filtyper: {string.Join(", ", AllowedTypes.Values)}.";
        }
        if (size > maxBytes)
        {
            return $"Bilagan \"{file}\" är {Size(size)} och får vara högst {Size(maxBytes)}.";
        }
        return size == 0 ? $"Bilagan \"{file}\" är tom." : null;
    }

    /// <summary>"text/plain; charset=utf-8" → "text/plain".</summary>
    public static string BaseType(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant();

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A size as a tester reads it: bytes exactly (grouped by plain spaces), plus MB when it is large.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / 1024d / 1024d).ToString("0.##", Swedish)} MB ({Bytes(bytes)})"
        : Bytes(bytes);

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ') + " byte";
}
