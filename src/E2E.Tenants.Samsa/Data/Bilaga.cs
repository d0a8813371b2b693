using E2E.Tenants.Integration.Attachments;

namespace E2E.Tenants.Samsa.Data;

/// <summary>
/// A file on a notice (P08): what the lists show. The content lives apart in <see cref="BilagaInnehall"/>, so an inbox
/// listing never loads the files themselves. Sha256 is computed here, also for a file that came from another system.
/// </summary>
public sealed class Bilaga
{
    public int Id { get; set; }
    public int MeddelandeId { get; set; }
    public required string Namn { get; set; }
    public required string Innehallstyp { get; set; }
    public long Storlek { get; set; }
    public required string Sha256 { get; set; }
    public BilagaInnehall? Innehall { get; set; }

    /// <summary>A new attachment with its size and hash computed from the content.</summary>
    public static Bilaga Of(string name, string contentType, byte[] content) => new()
    {
        Namn = name.Trim(),
        Innehallstyp = AttachmentPolicy.BaseType(contentType),
        Storlek = content.LongLength,
        Sha256 = AttachmentPolicy.Sha256(content),
        Innehall = new BilagaInnehall { Data = content },
    };
}

/// <summary>The bytes of one <see cref="Bilaga"/>.</summary>
public sealed class BilagaInnehall
{
    public int BilagaId { get; set; }
    public required byte[] Data { get; set; }
}
