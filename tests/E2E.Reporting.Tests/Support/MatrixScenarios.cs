using E2E.Reporting.Matrix;
using E2E.Reporting.Processes;

namespace E2E.Reporting.Tests.Support;

/// <summary>Small catalogues and scenario outcomes for the matrix, history and gate tests.</summary>
internal static class MatrixScenarios
{
    public static readonly string[] Directions = ["SAMSA→SAMSA", "Samvy→SAMSA", "SAMSA→Samvy", "Samvy→Samvy"];

    public static readonly ProcessCatalog Catalog = new(
    [
        new("P04", "Inskrivningsmeddelande", []),
        new("P09", "SAMSA-ärende pågår", ["SAMSA→Samvy"], "bara SAMSA-ärenden markeras i Samvy"),
        new("P10", "Uppföljning och statistik", []),
    ], Directions);

    public static MatrixScenario Scenario(string process, string status, string? message = null, string severity = "normal",
        string? name = null, params string[] directions) =>
        new(name ?? $"{process} {status} {string.Join(",", directions)}", name ?? $"{process}-{string.Join(",", directions)}", "id", process,
            directions, status, message, severity);

    /// <summary>P04 green in every direction; P09 green in its one; P10 not covered.</summary>
    public static List<MatrixScenario> AllGreenP04AndP09() =>
        [.. Directions.Select(d => Scenario("P04", "passed", severity: "critical", directions: d)), Scenario("P09", "passed", directions: "SAMSA→Samvy")];

    public static ProcessMatrix MatrixOf(IReadOnlyList<MatrixScenario> scenarios, DateTimeOffset at, string environment = "local") =>
        ProcessMatrix.Build(Catalog, scenarios, at, environment);
}
