using System.Text;
using E2E.Reporting.Html;

namespace E2E.Reporting.Building;

/// <summary>
/// Strips analytics and external scripts from every generated HTML file, then checks nothing is left; marks the page
/// as Swedish.
/// </summary>
internal static class ReportCleaner
{
    public static async Task<IReadOnlyList<string>> CleanAsync(string reportDirectory, CancellationToken ct)
    {
        var cleaned = new List<string>();
        foreach (var file in Directory.EnumerateFiles(reportDirectory, "*.htm*", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file, ct);
            var stripped = HtmlLanguage.SetTo(ExternalScriptStripper.Strip(html), HtmlLanguage.Swedish);
            var problems = ExternalScriptStripper.FindProblems(stripped);
            if (problems.Count > 0)
                throw new ReportBuildException($"Rapportfilen {file} anropar fortfarande externa adresser: {string.Join(", ", problems)}");
            if (stripped == html) continue;
            await File.WriteAllTextAsync(file, stripped, new UTF8Encoding(false), ct);
            cleaned.Add(file);
        }
        return cleaned;
    }
}
