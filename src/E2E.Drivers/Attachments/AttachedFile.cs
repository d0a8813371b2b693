using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace E2E.Drivers.Attachments;

/// <summary>
/// A file a person attaches to a message (P08). The suite makes it itself from the name and size a scenario gives,
/// so the same scenario always sends the same bytes and no binary fixtures live in the repository.
/// </summary>
public sealed record AttachedFile(string Name, string ContentType, byte[] Content)
{
    public long Size => Content.LongLength;

    public string Sha256 => HashOf(Content);

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A byte count as both systems print it: "204 800 byte".</summary>
    public static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ') + " byte";

    /// <summary>
    /// A file of exactly <paramref name="size"/> bytes whose type follows its extension: the type's usual first bytes
    /// (so it looks like what it claims to be), then bytes derived from the name, or readable lines for a text file.
    /// </summary>
    public static AttachedFile Make(string name, long size)
    {
        var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        var type = TypeByExtension.GetValueOrDefault(extension)
                   ?? throw new ArgumentException($"Sviten vet inte vilken filtyp '{name}' har. Kända filändelser: {string.Join(", ", TypeByExtension.Keys)}.");
        var content = new byte[size];
        if (extension == "txt")
        {
            Fill(content, 0, Encoding.ASCII.GetBytes($"Anteckning {name}: patienten behöver stöd efter utskrivningen.\n"));
            return new AttachedFile(name, type, content);
        }
        var header = Headers.GetValueOrDefault(extension, []);
        header.AsSpan(0, (int)Math.Min(header.Length, size)).CopyTo(content);
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        for (long block = 0, at = header.Length; at < size; block++, at += 32)
        {
            var bytes = SHA256.HashData([.. seed, .. BitConverter.GetBytes(block)]);
            bytes.AsSpan(0, (int)Math.Min(32, size - at)).CopyTo(content.AsSpan((int)at));
        }
        return new AttachedFile(name, type, content);
    }

    private static void Fill(byte[] content, int from, byte[] pattern)
    {
        for (var at = from; at < content.Length; at += pattern.Length)
            pattern.AsSpan(0, Math.Min(pattern.Length, content.Length - at)).CopyTo(content.AsSpan(at));
    }

    private static readonly Dictionary<string, string> TypeByExtension = new()
    {
        ["pdf"] = "application/pdf",
        ["txt"] = "text/plain",
        ["jpg"] = "image/jpeg",
        ["png"] = "image/png",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["exe"] = "application/x-msdownload",
        ["zip"] = "application/zip",
    };

    private static readonly Dictionary<string, byte[]> Headers = new()
    {
        ["pdf"] = Encoding.ASCII.GetBytes("%PDF-1.4\n"),
        ["jpg"] = [0xFF, 0xD8, 0xFF, 0xE0],
        ["png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["docx"] = [0x50, 0x4B, 0x03, 0x04],
        ["zip"] = [0x50, 0x4B, 0x03, 0x04],
        ["exe"] = [0x4D, 0x5A],
    };
}
