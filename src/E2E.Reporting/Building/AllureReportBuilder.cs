using E2E.Reporting.RunFiles;

namespace E2E.Reporting.Building;

/// <summary>
/// Builds the HTML report with the Allure 3 CLI pinned in the repository's package.json
/// (<c>npm ci</c> first when node_modules is missing), configured by <c>allurerc.mjs</c>,
/// then removes analytics and every external script so the report never calls out. The report is one self-contained
/// index.html that opens from file:// without a server.
/// </summary>
public static class AllureReportBuilder
{
    private static readonly string AllureCli = Path.Combine("node_modules", "allure", "cli.js");

    /// <summary>Environment variable through which allurerc.mjs receives Allure 3's <c>historyPath</c>.</summary>
    internal const string HistoryVariable = "E2E_ALLURE_HISTORY";

    /// <param name="historyFile">
    /// Allure 3's own history (one JSON line per run; created when missing): with it the report shows trends, flaky and
    /// newly failing scenarios across runs. Without it the report knows only this run.
    /// </param>
    public static async Task<ReportBuildResult> BuildAsync(string resultsDirectory, string reportDirectory, string repositoryRoot,
        CancellationToken ct, string? historyFile = null)
    {
        var root = Path.GetFullPath(repositoryRoot);
        var results = Path.GetFullPath(resultsDirectory);
        var report = Path.GetFullPath(reportDirectory);
        if (!Directory.Exists(results))
            throw new ReportBuildException($"Resultatkatalogen finns inte: {results}");

        // Allure writes into a subfolder when the output folder already holds a report, leaving a stale index.html.
        if (Directory.Exists(report)) Directory.Delete(report, recursive: true);

        var log = await NodeTools.EnsureInstalledAsync(root, AllureCli, ct);
        if (!File.Exists(Path.Combine(results, "categories.json"))) AllureRunFiles.WriteCategories(results);

        var environment = new Dictionary<string, string> { ["E2E_ALLURE_CATEGORIES"] = Path.Combine(results, "categories.json") };
        // Always set, so a value inherited from the caller's environment never decides where history goes.
        environment[HistoryVariable] = historyFile is null ? "" : Path.GetFullPath(historyFile);
        var (exitCode, output) = await ProcessRunner.RunAsync("node",
            [AllureCli, "generate", results, "--output", report, "--cwd", root, "--config", Path.Combine(root, "allurerc.mjs")],
            root, environment, ct);
        log += output;
        if (exitCode != 0)
            throw new ReportBuildException($"Allure kunde inte skapa rapporten (slutkod {exitCode}).\n{log}");

        var cleaned = await ReportCleaner.CleanAsync(report, ct);
        var index = Path.Combine(report, "index.html");
        if (!File.Exists(index))
            throw new ReportBuildException($"Rapporten saknar index.html i {report}.\n{log}");
        return new ReportBuildResult(index, cleaned, log);
    }
}
