using E2E.Reporting.Model;
using E2E.Reporting.Results;

namespace E2E.Cli;

/// <summary>
/// The run's environment failures (miljöfel), one line per system that did not answer, read from the Allure results:
/// such scenarios could not finish and say nothing about the product, so they get their own exit code.
/// </summary>
internal sealed class EnvironmentSummary(IReadOnlyList<EnvironmentSummary.System> systems)
{
    /// <summary>Only environment failures: a system did not answer. Product or test failures (1) take precedence.</summary>
    public const int ExitCode = 3;

    public sealed record System(string Name, string Environment, int Scenarios);

    public IReadOnlyList<System> Systems => systems;

    public int Scenarios => systems.Sum(s => s.Scenarios);

    public static EnvironmentSummary From(IEnumerable<AllureTestResult> results) =>
        new([.. results
            .Where(r => r.Status != AllureStatus.Passed && r.Status != AllureStatus.Skipped)
            .Select(r => EnvironmentFailure.Unreachable(r.StatusDetails?.Message))
            .OfType<(string System, string Environment)>()
            .GroupBy(x => x)
            .Select(g => new System(g.Key.System, g.Key.Environment, g.Count()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)]);

    public IEnumerable<string> Lines() =>
        systems.Select(s => $"{EnvironmentFailure.Prefix.TrimEnd(':')}: {s.Name} ({s.Environment}) svarade inte: " +
                            $"{s.Scenarios} {(s.Scenarios == 1 ? "scenario" : "scenarier")} kunde inte köras klart");
}
