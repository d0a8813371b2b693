using System.IO.Compression;
using System.Text;
using E2E.Tenants.Integration.Simulation;
using E2E.TestData;

namespace E2E.Suite.Tests;

/// <summary>Finds personnummer-shaped numbers in text files and keeps those that are not on Skatteverket's lists.</summary>
internal static class IdentityScan
{
    // Report files that are text. Zipped Playwright traces are opened (their DOM snapshots and network logs are
    // text); screenshots and videos are pixels and cannot be scanned.
    private static readonly string[] TextExtensions = [".json", ".txt", ".html", ".xml", ".csv", ".properties", ".log", ".md"];

    public sealed record Finding(string Number, string Where);

    public static IEnumerable<Finding> InText(string text, string where) =>
        IdentityAudit.Find([text]).Distinct(StringComparer.Ordinal).Select(n => new Finding(n, where));

    public static IEnumerable<Finding> InDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).SelectMany(InFile);

    public static IEnumerable<Finding> InFile(string file)
    {
        var extension = Path.GetExtension(file);
        if (extension.Equals(".zip", StringComparison.OrdinalIgnoreCase)) return InZip(file);
        return TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? InText(File.ReadAllText(file), Path.GetFileName(file))
            : [];
    }

    private static List<Finding> InZip(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        var findings = new List<Finding>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            // Images and fonts hold NUL bytes; DOM snapshots, JSON and network logs do not.
            if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 4096)) >= 0) continue;
            findings.AddRange(InText(Encoding.UTF8.GetString(bytes), $"{Path.GetFileName(file)}/{entry.FullName}"));
        }
        return findings;
    }

    public static IReadOnlyList<Finding> NotOnLists(IEnumerable<Finding> findings) =>
        [.. findings.Where(f => !TestIdentities.IsTestIdentity(f.Number))];
}
