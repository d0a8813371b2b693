using System.Text;
using System.Text.RegularExpressions;

namespace E2E.Reporting.Tests.Support;

/// <summary>
/// The data files Allure's awesome plugin embeds in a single-file index.html, as <c>d("name","base64")</c> calls,
/// decoded by name (e.g. "data/test-results/&lt;id&gt;.json", "widgets/tree.json").
/// </summary>
internal static partial class SingleFileReport
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadDataAsync(string indexHtml, CancellationToken ct)
    {
        var html = await File.ReadAllTextAsync(indexHtml, ct);
        return DataCall().Matches(html).ToDictionary(
            m => m.Groups["name"].Value,
            m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["value"].Value)));
    }

    /// <summary>The one scenario's result in a report built from one scenario.</summary>
    public static string OnlyTestResult(IReadOnlyDictionary<string, string> data) =>
        data.Single(d => d.Key.StartsWith("data/test-results/", StringComparison.Ordinal)).Value;

    [GeneratedRegex("""d\("(?<name>[^"]+)","(?<value>[A-Za-z0-9+/=]*)"\)""")]
    private static partial Regex DataCall();
}
