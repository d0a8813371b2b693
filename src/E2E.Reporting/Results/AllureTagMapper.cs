using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>
/// Turns Gherkin tags into Allure labels and links, following Allure.Reqnroll's tag conventions
/// (<c>@allure.epic:X</c>, <c>@allure.label.NAME:VALUE</c>, <c>@critical</c>, …) plus our <c>@process:P04</c>.
/// Underscores in label values stand for spaces, because a Gherkin tag cannot contain one.
/// </summary>
internal static class AllureTagMapper
{
    private static readonly string[] SeverityWords = ["blocker", "critical", "normal", "minor", "trivial"];

    private static readonly string[] PlainLabelNames =
        ["epic", "feature", "story", "owner", "suite", "parentSuite", "subSuite", "severity", "id", "layer"];

    private static readonly string[] LinkTypes = ["link", "issue", "tms"];

    public static bool IsSeverityWord(string tag) => SeverityWords.Contains(tag, StringComparer.OrdinalIgnoreCase);

    public static (List<AllureLabel> Labels, List<AllureLink> Links) Map(IEnumerable<string> tags)
    {
        var labels = new List<AllureLabel>();
        var links = new List<AllureLink>();
        foreach (var raw in tags)
        {
            var tag = raw.Trim().TrimStart('@');
            if (tag.Length == 0) continue;
            if (TryLink(tag, out var link)) links.Add(link);
            else labels.Add(ToLabel(tag));
        }
        return (labels, links);
    }

    private static AllureLabel ToLabel(string tag)
    {
        if (IsSeverityWord(tag))
            return new AllureLabel(ReportLabels.Severity, tag.ToLowerInvariant());

        if (TrySplit(tag, "process:", out var process))
            return new AllureLabel(ReportLabels.Process, process);

        if (TrySplit(tag, "allure.label.", out var custom) && custom.IndexOf(':') is var colon and > 0)
            return new AllureLabel(custom[..colon], Spaced(custom[(colon + 1)..]));

        foreach (var name in PlainLabelNames)
        {
            if (TrySplit(tag, $"allure.{name}:", out var value))
                return new AllureLabel(name, name == "severity" ? value.ToLowerInvariant() : Spaced(value));
        }

        return new AllureLabel(ReportLabels.Tag, tag);
    }

    /// <summary><c>allure.link:URL</c>, <c>allure.link.NAME:URL</c>, <c>allure.issue:ID</c>, <c>allure.tms:ID</c>. URLs keep their underscores.</summary>
    private static bool TryLink(string tag, out AllureLink link)
    {
        link = null!;
        foreach (var type in LinkTypes)
        {
            if (!TrySplit(tag, $"allure.{type}", out var rest)) continue;
            var colon = rest.IndexOf(':');
            if (colon < 0 || (colon > 0 && rest[0] != '.')) continue;
            var url = rest[(colon + 1)..];
            var name = colon > 0 ? Spaced(rest[1..colon]) : url;
            if (url.Length == 0) continue;
            link = new AllureLink(name, url, type);
            return true;
        }
        return false;
    }

    private static bool TrySplit(string tag, string prefix, out string rest)
    {
        var matches = tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && tag.Length > prefix.Length;
        rest = matches ? tag[prefix.Length..] : "";
        return matches;
    }

    private static string Spaced(string value) => value.Replace('_', ' ');
}
