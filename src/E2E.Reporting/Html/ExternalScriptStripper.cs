using System.Text.RegularExpressions;

namespace E2E.Reporting.Html;

/// <summary>
/// Removes Google Analytics and every script or link loaded from another host, so that opening a
/// health-care report never calls out. Also tells what is still left, for verification.
/// </summary>
public static partial class ExternalScriptStripper
{
    public static string Strip(string html)
    {
        var stripped = ExternalScript().Replace(html, "");
        stripped = InlineScript().Replace(stripped, m => IsAnalytics(m.Value) ? "" : m.Value);
        return ExternalLink().Replace(stripped, "");
    }

    /// <summary>What a stripped page must no longer contain; empty when the page is clean.</summary>
    public static IReadOnlyList<string> FindProblems(string html)
    {
        var problems = new List<string>();
        if (html.Contains("googletagmanager", StringComparison.OrdinalIgnoreCase)) problems.Add("googletagmanager");
        if (html.Contains("gtag(", StringComparison.Ordinal)) problems.Add("gtag(");
        problems.AddRange(ExternalScriptSrc().Matches(html).Select(m => m.Value));
        return problems;
    }

    private static bool IsAnalytics(string script)
        => script.Contains("gtag(", StringComparison.Ordinal)
           || script.Contains("googletagmanager", StringComparison.OrdinalIgnoreCase)
           || script.Contains("google-analytics", StringComparison.OrdinalIgnoreCase);

    // A <script> whose src points at another host (http:, https: or protocol-relative //), with its closing tag.
    [GeneratedRegex("""<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script\s*>|<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*/>""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalScript();

    [GeneratedRegex("""<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalScriptSrc();

    [GeneratedRegex("""<script\b(?![^>]*\bsrc\s*=)[^>]*>.*?</script\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    // Preconnect/prefetch/stylesheet links to other hosts would call out as well.
    [GeneratedRegex("""<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalLink();
}
