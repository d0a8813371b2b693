using E2E.Tenants.Integration.Simulation;
using E2E.TestData;

namespace E2E.Suite.Tests;

/// <summary>Finds personnummer-shaped numbers in text files and keeps those that are not on Skatteverket's lists.</summary>
internal static class IdentityScan
{
    // Report files that are text; screenshots, videos and zipped traces cannot be read as text.
    private static readonly string[] TextExtensions = [".json", ".txt", ".html", ".xml", ".csv", ".properties", ".log", ".md"];

    public sealed record Finding(string Number, string Where);

    public static IEnumerable<Finding> InText(string text, string where) =>
        IdentityAudit.Find([text]).Distinct(StringComparer.Ordinal).Select(n => new Finding(n, where));

    public static IEnumerable<Finding> InDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .SelectMany(f => InText(File.ReadAllText(f), Path.GetFileName(f)));

    public static IReadOnlyList<Finding> NotOnLists(IEnumerable<Finding> findings) =>
        [.. findings.Where(f => !TestIdentities.IsTestIdentity(f.Number))];
}
