using System.Globalization;
using E2E.Reporting.Model;
using E2E.Reporting.Reqnroll;

namespace E2E.Reporting.Results;

/// <summary>
/// One scenario is its last attempt: results numbered with the "försök" parameter (a run with retries) are grouped by
/// historyId and only the highest attempt is kept. Earlier attempts stay in the Allure report as its retries, but the
/// matrix, the verdict and the gate never count them. Results without the parameter pass through unchanged.
/// </summary>
internal static class LastAttempts
{
    public static IReadOnlyList<AllureTestResult> Of(IReadOnlyList<AllureTestResult> results)
    {
        var numbered = results.Where(r => Number(r) is not null).ToList();
        if (numbered.Count == 0) return results;
        var last = numbered.GroupBy(r => r.HistoryId).Select(g => g.OrderBy(r => Number(r)).ThenBy(r => r.Stop).Last()).ToHashSet();
        return [.. results.Where(r => Number(r) is null || last.Contains(r))];
    }

    /// <summary>Which attempt a result was (from 1), or null when the run allowed no retries.</summary>
    public static int? Number(AllureTestResult result) =>
        result.Parameters.FirstOrDefault(p => p.Name == RetryAttempts.AttemptParameter) is { } p
        && int.TryParse(p.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
