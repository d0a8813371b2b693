using System.Diagnostics;
using System.Text.RegularExpressions;

namespace E2E.Cli;

/// <summary>Runs the Specs project with dotnet test and turns its per-test lines into progress output.</summary>
internal static partial class SuiteProcess
{
    public sealed record Outcome(int ExitCode, int Passed, int Failed);

    public static async Task<Outcome> RunAsync(string root, RunOptions options, string resultsDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in Arguments(options, root)) start.ArgumentList.Add(arg);
        start.Environment["E2E_ENVIRONMENT"] = options.Environment;
        start.Environment["E2E_ALLURE_RESULTS"] = resultsDirectory;
        // Reqnroll's own HTML and Cucumber-messages reports, beside the Allure report.
        var reqnroll = Path.Combine(root, "artifacts", "reqnroll");
        start.Environment["REQNROLL_FORMATTERS_HTML"] = $"outputFilePath={Path.Combine(reqnroll, "reqnroll_report.html")}";
        start.Environment["REQNROLL_FORMATTERS_MESSAGE"] = $"outputFilePath={Path.Combine(reqnroll, "reqnroll_report.ndjson")}";
        start.Environment["REQNROLL_TELEMETRY_ENABLED"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet kunde inte startas.");
        int passed = 0, failed = 0;
        var inErrorMessage = false;
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var m = ResultLine().Match(line);
            if (m.Success)
            {
                inErrorMessage = false;
                var status = m.Groups["status"].Value;
                if (status == "Passed") passed++; else if (status == "Failed") failed++;
                Console.WriteLine($"  {Symbol(status)} {m.Groups["name"].Value}{m.Groups["time"].Value}");
            }
            // A failed scenario's Swedish message is printed; its stack trace stays in the TRX file.
            else if (line.TrimStart().StartsWith("Error Message:", StringComparison.Ordinal)) inErrorMessage = true;
            else if (line.TrimStart().StartsWith("Stack Trace:", StringComparison.Ordinal) || line.StartsWith("Test Run", StringComparison.Ordinal)) inErrorMessage = false;
            else if (inErrorMessage) Console.WriteLine("      " + (line.StartsWith("   ", StringComparison.Ordinal) ? line[3..] : line));
            else if (line.Contains(" error ", StringComparison.Ordinal)) Console.WriteLine(line);
        }
        await process.WaitForExitAsync();
        var stderr = await errors;
        if (stderr.Length > 0) Console.Error.Write(stderr);
        return new Outcome(process.ExitCode, passed, failed);
    }

    private static IEnumerable<string> Arguments(RunOptions options, string root)
    {
        yield return "test";
        yield return Path.Combine("src", "E2E.Specs", "E2E.Specs.csproj");
        if (options.NoBuild) yield return "--no-build";
        yield return "--logger";
        yield return "console;verbosity=normal";
        yield return "--logger";
        yield return "trx;LogFileName=e2e.trx";
        yield return "--results-directory";
        yield return Path.Combine(root, "artifacts", "testresults");
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
