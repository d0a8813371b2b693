using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>
/// An issue or test-case tag carries an id (<c>@allure.issue:SAMSA-123</c>). With a pattern from features/rapport.json
/// it becomes a working link; without one it stays the plain id, as a label, rather than a link that leads nowhere.
/// A tag that already holds an address keeps it.
/// </summary>
internal static class LinkResolver
{
    public static (List<AllureLink> Links, List<AllureLabel> PlainIds) Resolve(
        IEnumerable<AllureLink> links, IReadOnlyDictionary<string, string> patterns)
    {
        var resolved = new List<AllureLink>();
        var plainIds = new List<AllureLabel>();
        foreach (var link in links)
        {
            if (IsAddress(link.Url)) resolved.Add(link);
            else if (patterns.TryGetValue(link.Type, out var pattern))
                resolved.Add(link with { Url = pattern.Replace("{}", Uri.EscapeDataString(link.Url), StringComparison.Ordinal) });
            else plainIds.Add(new AllureLabel(link.Type, link.Url));
        }
        return (resolved, plainIds);
    }

    private static bool IsAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "https" or "http" or "mailto";
}
