using System.Text.RegularExpressions;

namespace E2E.Reporting.Html;

/// <summary>
/// Allure's page template says lang="en" whatever reportLanguage is; a Swedish report should say lang="sv" so screen
/// readers, spelling and hyphenation treat it as Swedish.
/// </summary>
public static partial class HtmlLanguage
{
    public const string Swedish = "sv";

    public static string SetTo(string html, string language) =>
        HtmlTagLang().Replace(html, m => $"{m.Groups["before"].Value}lang=\"{language}\"", 1);

    [GeneratedRegex("""(?<before><html\b[^>]*?)\blang\s*=\s*["'][^"']*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTagLang();
}
