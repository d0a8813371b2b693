using E2E.Reporting.Processes;
using E2E.Runner.Discovery;

namespace E2E.Cli;

/// <summary>
/// A selection (--taggar, --filter) that no scenario matches is a mistake in the command, not a green run: the
/// tester is told which processes and tags exist, and the exit code is the usage one.
/// </summary>
internal static class NothingMatched
{
    public static string Message(string? filter, ProcessCatalog processes, IEnumerable<ScenarioCase> scenarios)
    {
        // Allure's own tags (allure.epic:…, allure.owner:…) are for the report, not for choosing scenarios.
        var tags = scenarios.SelectMany(s => s.Tags)
            .Where(t => !t.StartsWith("process:", StringComparison.Ordinal) && !t.StartsWith("allure.", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return $"Inget scenario matchade urvalet{(filter is null ? "" : $" ({filter})")}; inget kördes.\n" +
               $"  Processer: {string.Join(", ", processes.Processes.Select(p => p.Id))} (tagg: process:P04)\n" +
               $"  Övriga taggar: {string.Join(", ", tags)}";
    }
}
