using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using E2E.Reporting.Model;
using E2E.Reporting.Processes;
using E2E.Reporting.Results;

namespace E2E.Reporting.RunFiles;

/// <summary>
/// JUnit XML beside the TRX file, for CI servers that read JUnit (Azure DevOps, GitHub Actions, GitLab, Jenkins),
/// written from the run's Allure results: one testsuite per process, one testcase per scenario, with the process,
/// every direction the scenario crossed and its severity as properties.
/// </summary>
public static class JUnitReport
{
    public static void Write(string resultsDirectory, string file, ProcessCatalog catalog) =>
        Write(AllureResultsReader.ReadDirectory(resultsDirectory), file, catalog);

    /// <summary>From results already read (run reads them once for the matrix, JUnit and the verdict).</summary>
    internal static void Write(IReadOnlyList<Model.AllureTestResult> results, string file, ProcessCatalog catalog)
    {
        var suites = results.GroupBy(r => Label(r, ReportLabels.Process) ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Suite(g.Key.Length == 0 ? "Utan process" : catalog.TitleOf(g.Key), [.. g]))
            .ToList();
        var root = new XElement("testsuites", new XAttribute("name", "E2E samverkan SAMSA–Samvy"), Counts(results), suites);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using var writer = XmlWriter.Create(file, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        new XDocument(root).Save(writer);
    }

    private static XElement Suite(string name, IReadOnlyList<AllureTestResult> results) =>
        new("testsuite", new XAttribute("name", name), Counts(results),
            results.OrderBy(r => r.Start).Select(Case));

    private static XElement Case(AllureTestResult result)
    {
        var properties = result.Labels
            .Where(l => l.Name is ReportLabels.Process or ReportLabels.Direction or ReportLabels.Severity)
            .Select(l => new XElement("property", new XAttribute("name", l.Name), new XAttribute("value", l.Value)));
        return new XElement("testcase",
            new XAttribute("name", result.Name),
            new XAttribute("classname", Label(result, ReportLabels.Suite) ?? result.FullName),
            new XAttribute("time", Seconds(Duration(result))),
            new XElement("properties", properties),
            Outcome(result));
    }

    /// <summary>failed → failure (a business check said no); broken → error (the test could not finish); skipped → skipped.</summary>
    private static XElement? Outcome(AllureTestResult result)
    {
        var message = result.StatusDetails?.Message ?? "";
        return result.Status switch
        {
            AllureStatus.Failed => new XElement("failure", new XAttribute("message", message), result.StatusDetails?.Trace ?? ""),
            AllureStatus.Broken => new XElement("error", new XAttribute("message", message), result.StatusDetails?.Trace ?? ""),
            AllureStatus.Skipped => new XElement("skipped", new XAttribute("message", message)),
            _ => null,
        };
    }

    private static IEnumerable<XAttribute> Counts(IReadOnlyCollection<AllureTestResult> results) =>
    [
        new("tests", results.Count),
        new("failures", results.Count(r => r.Status == AllureStatus.Failed)),
        new("errors", results.Count(r => r.Status == AllureStatus.Broken)),
        new("skipped", results.Count(r => r.Status == AllureStatus.Skipped)),
        new("time", Seconds(results.Sum(Duration))),
    ];

    private static long Duration(AllureTestResult result) => Math.Max(0, result.Stop - result.Start);

    private static string Seconds(long milliseconds) => (milliseconds / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    private static string? Label(AllureTestResult result, string name) => result.Labels.Find(l => l.Name == name)?.Value;
}
