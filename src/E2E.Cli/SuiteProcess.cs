using System.Diagnostics;
using System.Text.RegularExpressions;

namespace E2E.Cli;

/// <summary>Runs the Specs project with dotnet test and turns its per-test lines into progress output.</summary>
internal static partial class SuiteProcess
{
    private static readonly string SpecsProject = Path.Combine("src", "E2E.Specs", "E2E.Specs.csproj");

    /// <param name="Aborted">dotnet test said the test run was aborted (a crashed test host): some scenarios never reported.</param>
    public sealed record Outcome(int ExitCode, int Passed, int Failed, bool Aborted = false)
    {
        /// <summary>How many test cases failed, when that is the whole story; null after an abort (the rest is unknown).</summary>
        public int? KnownFailures => Aborted ? null : Failed;
    }

    /// <summary>
    /// How a run other than "run" differs: extra environment variables (e.g. E2E_TENANT_FAULTS), no build (the
    /// caller built once), and its own folder for the TRX file and Reqnroll's reports.
    /// </summary>
    /// <param name="Quiet">Print only failed scenarios (the step catalogue's dry run: its passing lines say nothing).</param>
    public sealed record Variant(IReadOnlyDictionary<string, string> Environment, bool NoBuild, string ArtifactsDirectory, bool Quiet = false);

    /// <param name="stop">Cancelled: the whole dotnet test tree is ended, and what it wrote so far stays.</param>
    public static async Task<Outcome> RunAsync(
        string root, RunOptions options, string resultsDirectory, Variant? variant = null, CancellationToken stop = default)
    {
        var artifacts = variant?.ArtifactsDirectory ?? options.ArtifactsFolder ?? Path.Combine(root, "artifacts");
        var start = Start(root);
        foreach (var arg in Arguments(options, root, artifacts, variant?.NoBuild ?? false)) start.ArgumentList.Add(arg);
        start.Environment["E2E_ENVIRONMENT"] = options.Environment;
        start.Environment["E2E_ALLURE_RESULTS"] = resultsDirectory;
        // Reqnroll's own HTML and Cucumber-messages reports, beside the Allure report.
        var reqnroll = Path.Combine(artifacts, "reqnroll");
        start.Environment["REQNROLL_FORMATTERS_HTML"] = $"outputFilePath={Path.Combine(reqnroll, "reqnroll_report.html")}";
        start.Environment["REQNROLL_FORMATTERS_MESSAGE"] = $"outputFilePath={Path.Combine(reqnroll, "reqnroll_report.ndjson")}";
        // The test host writes the step catalogue's data at the end (its binding registry and the features).
        start.Environment[E2E.Runner.Catalog.StepCatalogExport.Variable] = StepCatalogFiles.DataFile(artifacts);
        // run --omforsok: the test host reads it over "retries" in playwright.config.json.
        if (options.Retries is { } retries) start.Environment[E2E.Core.Settings.PlaywrightSettingsLoader.RetriesVariable] = $"{retries}";
        foreach (var (name, value) in variant?.Environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet kunde inte startas.");
        using var stopping = stop.Register(() => StopSignals.EndTree(process));
        int passed = 0, failed = 0;
        bool inErrorMessage = false, aborted = false;
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var m = ResultLine().Match(line);
            if (m.Success)
            {
                inErrorMessage = false;
                var status = m.Groups["status"].Value;
                if (status == "Passed") passed++; else if (status == "Failed") failed++;
                if (variant is { Quiet: true } && status != "Failed") continue;
                Console.WriteLine($"  {Symbol(status)} {m.Groups["name"].Value}{m.Groups["time"].Value}");
            }
            // A failed scenario's Swedish message is printed; its stack trace stays in the TRX file.
            else if (line.TrimStart().StartsWith("Error Message:", StringComparison.Ordinal)) inErrorMessage = true;
            else if (line.TrimStart().StartsWith("Stack Trace:", StringComparison.Ordinal) || line.StartsWith("Test Run", StringComparison.Ordinal))
            {
                inErrorMessage = false;
                aborted |= line.StartsWith("Test Run Aborted", StringComparison.Ordinal);
            }
            else if (inErrorMessage) Console.WriteLine("      " + (line.StartsWith("   ", StringComparison.Ordinal) ? line[3..] : line));
            else if (line.Contains(" error ", StringComparison.Ordinal)) Console.WriteLine(line);
        }
        await process.WaitForExitAsync();
        var stderr = await errors;
        if (stderr.Length > 0) Console.Error.Write(stderr);
        return new Outcome(process.ExitCode, passed, failed, aborted);
    }

    /// <summary>Builds the Specs project once, for callers that then run it several times with --no-build.</summary>
    public static async Task<bool> BuildAsync(string root)
    {
        var start = Start(root);
        foreach (var arg in new[] { "build", SpecsProject, "-nologo", "-v", "q" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet kunde inte startas.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // A good build says nothing; a broken one shows the compiler's own words.
        if (process.ExitCode != 0) Console.Error.Write(output + await errors);
        return process.ExitCode == 0;
    }

    private static ProcessStartInfo Start(string root)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["REQNROLL_TELEMETRY_ENABLED"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static IEnumerable<string> Arguments(RunOptions options, string root, string artifacts, bool noBuild)
    {
        yield return "test";
        yield return SpecsProject;
        if (noBuild || options.NoBuild) yield return "--no-build";
        yield return "--logger";
        yield return "console;verbosity=normal";
        yield return "--logger";
        yield return "trx;LogFileName=e2e.trx";
        yield return "--results-directory";
        yield return Path.Combine(artifacts, "testresults");
        if (options.TestFilter is { } filter)
        {
            yield return "--filter";
            yield return filter;
        }
        yield return "--";
        yield return $"NUnit.NumberOfTestWorkers={options.Workers ?? PlaywrightWorkers.Read(root)}";
    }

    private static string Symbol(string status) => status switch { "Passed" => "✔", "Failed" => "✘", _ => "–" };

    [GeneratedRegex(@"^\s+(?<status>Passed|Failed|Skipped) (?<name>.+?)(?<time> \[[^\]]+\])?$")]
    private static partial Regex ResultLine();
}
