using System.Security.Cryptography;
using System.Text;

namespace E2E.Tenants.Tests.Attachments;

/// <summary>A file a test attaches, with the SHA-256 it must still have on the other side.</summary>
public sealed record TestFile(string Name, string ContentType, byte[] Content)
{
    public static readonly TestFile Pdf = new("vardplan.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n% Vårdplan för test\n%%EOF\n"));
    public static readonly TestFile Text = new("anteckning.txt", "text/plain", Encoding.UTF8.GetBytes("Patienten behöver hjälp med läkemedel."));

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>How SAMSA's API takes a file.</summary>
    public object ForSamsa() => new { namn = Name, innehallstyp = ContentType, innehall = Convert.ToBase64String(Content) };

    /// <summary>How Samvy's FHIR API takes a file: a Communication payload with an inline attachment.</summary>
    public object ForSamvy() => new { contentAttachment = new { contentType = ContentType, title = Name, data = Convert.ToBase64String(Content) } };
}

/// <summary>A file as a system lists it on a message, plus the content it serves for download.</summary>
public sealed record ListedFile(string Name, string ContentType, long Size, string Sha256, byte[] Content)
{
    public string ContentSha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}
