namespace E2E.Organisation;

/// <summary>Picks the known names closest to an unknown one (edit distance), for helpful error messages.</summary>
internal static class ClosestNames
{
    public static IReadOnlyList<string> To(string wanted, IEnumerable<string> candidates, int count = 5)
    {
        var key = PhraseKey.Of(wanted);
        return [.. candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => Distance(key, PhraseKey.Of(c)))
            .ThenBy(c => c, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>Levenshtein distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
