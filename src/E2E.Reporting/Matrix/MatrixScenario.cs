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

    /// <summary>Passed only on a retry: earlier attempts of the same run failed.</summary>
    public bool Flaky { get; init; }

    /// <summary>Which attempt this result was (1 when the run allowed no retries).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>The scenario's entry in features/karantan.json, when it has one (expired or not).</summary>
    public Quarantine.QuarantineMark? Quarantine { get; init; }

    /// <summary>Failed while in a quarantine that has not expired: shown, but not counted against the run or the gate.</summary>
    public bool FailedInQuarantine => Failed && Quarantine is { Expired: false };

    /// <summary>The first line of the failure message, for a cell that says in one line what broke.</summary>
    public string? FirstLine => Message?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    internal static MatrixScenario From(AllureTestResult result)
    {
        string? Label(string name) => result.Labels.FirstOrDefault(l => l.Name == name)?.Value;
        var message = result.StatusDetails?.Message;
        var status = result.Status != AllureStatus.Passed && EnvironmentFailure.IsIn(message) ? Unreachable : result.Status;
        return new MatrixScenario(result.Name, result.HistoryId, ReportIdOf(result.Uuid), Label(ReportLabels.Process) ?? "(utan process)",
            [.. result.Labels.Where(l => l.Name == ReportLabels.Direction).Select(l => l.Value)], status, message, Label(ReportLabels.Severity))
        {
            Flaky = result.Status == AllureStatus.Passed && result.StatusDetails?.Flaky == true,
            Attempts = LastAttempts.Number(result) ?? 1,
        };
    }

    /// <summary>One per scenario: of a retried scenario only its last attempt (earlier ones are the report's history).</summary>
    internal static IReadOnlyList<MatrixScenario> Of(IReadOnlyList<AllureTestResult> results) => [.. LastAttempts.Of(results).Select(From)];

    // Allure 3 names a test result in its report by the md5 of the result's uuid; the matrix links to it by that.
    private static string ReportIdOf(string uuid) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(uuid)));
}
