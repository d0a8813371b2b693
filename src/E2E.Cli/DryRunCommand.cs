using System.Diagnostics;

namespace E2E.Cli;

/// <summary>
/// "run --torrkorning": binds every step of every selected scenario to its step definition, without tenants, browser
/// or report: only the parameter transformations run (StepBindingCheck). Fails on undefined, ambiguous or pending steps,
/// unknown units, personnummer off the test lists and feature files that do not parse, each named by file and line;
/// seconds instead of minutes, so CI and a tester run it first.
/// </summary>
internal static class DryRunCommand
{

    public static async Task<int> ExecuteAsync(string root, RunOptions options)
    {
        var artifacts = Path.Combine(options.ArtifactsFolder ?? Path.Combine(root, "artifacts"), "torrkorning");
        Console.WriteLine($"Torrkörning: binder stegen i scenarierna{(options.TestFilter is null ? "" : $" (filtret {options.TestFilter})")} utan tenants och webbläsare …");
        var (outcome, elapsed) = await RunOnceAsync(root, options, artifacts);
        var total = outcome.Passed + outcome.Failed;
        if (outcome.ExitCode == 0 && total > 0)
        {
            Console.WriteLine($"\nTORRKÖRNING: GODKÄND ({total} scenarier, alla steg bundna; {elapsed.TotalSeconds:0.0} s)");
            return 0;
        }
        Console.WriteLine(total == 0
            ? $"\nTORRKÖRNING: MISSLYCKADES (inget scenario kördes, dotnet test slutkod {outcome.ExitCode})"
            : $"\nTORRKÖRNING: MISSLYCKADES ({outcome.Failed} av {total} scenarier går inte att binda: steg som saknas, är tvetydiga " +
              $"eller inte är färdiga, eller värden som inte finns; se Steg och Plats ovan; {elapsed.TotalSeconds:0.0} s)");
        return 1;
    }

    /// <summary>One dry run as a tester waits for it (the dotnet test process, test host included), for the benchmark too.</summary>
    public static async Task<(SuiteProcess.Outcome Outcome, TimeSpan Elapsed)> RunOnceAsync(string root, RunOptions options, string artifacts, bool quiet = false)
    {
        var results = Folders.Fresh(Path.Combine(artifacts, "allure-results"));
        var clock = Stopwatch.StartNew();
        var outcome = await SuiteProcess.RunAsync(root, options, results, new SuiteProcess.Variant(
            new Dictionary<string, string> { [E2E.Runner.ReqnrollIntegration.StepBindingCheck.Variable] = "1" }, options.NoBuild, artifacts, quiet));
        return (outcome, clock.Elapsed);
    }
}
