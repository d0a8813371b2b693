using System.Security.Cryptography;
using System.Text;
using E2E.Reporting.Model;
using E2E.Reporting.Results;

namespace E2E.Reporting.Matrix;

/// <summary>
/// One scenario (or Examples row) as the matrix sees it: its process, the directions it crossed and how it ended.
/// <paramref name="Status"/> is Allure's, except <see cref="Unreachable"/> for a scenario stopped by a miljöfel.
/// </summary>
public sealed record MatrixScenario(
    string Name, string HistoryId, string ReportId, string Process, IReadOnlyList<string> Directions,
    string Status, string? Message, string? Severity)
{
    /// <summary>A system did not answer: proves nothing about the product in any direction.</summary>
    public const string Unreachable = "miljöfel";

    public bool Passed => Status == AllureStatus.Passed;
    public bool Failed => Status is AllureStatus.Failed or AllureStatus.Broken;
    public bool Critical => Severity is "critical" or "blocker";

    /// <summary>The first line of the failure message, for a cell that says in one line what broke.</summary>
    public string? FirstLine => Message?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    internal static MatrixScenario From(AllureTestResult result)
    {
        string? Label(string name) => result.Labels.FirstOrDefault(l => l.Name == name)?.Value;
        var message = result.StatusDetails?.Message;
        var status = result.Status != AllureStatus.Passed && EnvironmentFailure.IsIn(message) ? Unreachable : result.Status;
        return new MatrixScenario(result.Name, result.HistoryId, ReportIdOf(result.Uuid), Label(ReportLabels.Process) ?? "(utan process)",
            [.. result.Labels.Where(l => l.Name == ReportLabels.Direction).Select(l => l.Value)], status, message, Label(ReportLabels.Severity));
    }

    internal static IReadOnlyList<MatrixScenario> Of(IEnumerable<AllureTestResult> results) => [.. results.Select(From)];

    // Allure 3 names a test result in its report by the md5 of the result's uuid; the matrix links to it by that.
    private static string ReportIdOf(string uuid) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(uuid)));
}
