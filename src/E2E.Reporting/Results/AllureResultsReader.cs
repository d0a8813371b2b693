using System.Text.Json;
using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>Reads result files back into the model the writer wrote them from (for tools that judge a run).</summary>
internal static class AllureResultsReader
{
    public static AllureTestResult Parse(string json) =>
        JsonSerializer.Deserialize<AllureTestResult>(json, AllureJson.Options)
        ?? throw new JsonException("Tom Allure-resultatfil.");

    /// <summary>Every <c>*-result.json</c> in the folder; none when the folder does not exist (the run never started).</summary>
    public static IReadOnlyList<AllureTestResult> ReadDirectory(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*-result.json").Order(StringComparer.Ordinal).Select(f => Parse(File.ReadAllText(f)))]
            : [];
}
