using System.Diagnostics;
using E2E.Reporting.Results;
using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using E2E.Tenants.Host;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Cli;

/// <summary>
/// "felprov": proof that the suite has teeth. For each fault, the scenarios of the processes it threatens run with
/// that fault, and only that fault, switched on in the simulated tenants; the fault is caught when a business check
/// (a Så step) fails. Exit code 0 only when every fault run was caught.
/// </summary>
internal static class FaultProbeCommand
{
    public static async Task<int> ExecuteAsync(FaultProbeOptions options)
    {
        var root = RepositoryRoot.Find();
        SimulatedEnvironment.Require(root, options.Environment);
        // Old fault folders would sit beside a felprov.json that does not mention them.
        var output = Folders.Fresh(options.OutputDirectory ?? Path.Combine(root, "artifacts", "felprov"));
        var probes = FaultProbe.Plan(options.Faults, KnownFaults.Threatens, ProcessesWithScenarios(root));

        Console.WriteLine($"Felprov mot miljön \"{options.Environment}\": {probes.Count(p => p.CanRun)} fel att pröva. Bygger sviten …");
        if (!await SuiteProcess.BuildAsync(root))
        {
            Console.Error.WriteLine("Sviten gick inte att bygga; inget fel prövades.");
            return 1;
        }

        var rows = new List<FaultProbeRow>();
        using var stop = StopSignals.Listen(); // the faults probed to the end are still tabled and written
        foreach (var probe in probes)
        {
            var row = probe.CanRun ? await RunAsync(root, options, probe, Path.Combine(output, probe.Fault), stop.Token) : new FaultProbeRow(probe, null, null, null);
            if (stop.Stopped) break; // a half-run fault proves nothing either way
            rows.Add(row);
        }

        var table = new FaultProbeTable(options.Environment, rows);
        table.Print();
        var json = Path.Combine(output, "felprov.json");
        table.WriteJson(json, root);
        Console.WriteLine($"\nTabellen som JSON: {Path.GetRelativePath(root, json)}");
        if (stop.Stopped)
        {
            Console.Error.WriteLine($"\nFelprovet {stop.Reason}; tabellen visar de {rows.Count} fel som hann prövas klart.");
            return stop.ExitCode;
        }
        return table.AllCaught ? 0 : 1;
    }

    private static async Task<FaultProbeRow> RunAsync(string root, FaultProbeOptions options, FaultProbe probe, string directory, CancellationToken stop)
    {
        var results = Path.Combine(directory, "allure-results");
        Directory.CreateDirectory(results);
        Console.WriteLine($"\n{probe.Fault}: kör {string.Join(", ", probe.Covered)} med felet påslaget …");
        var clock = Stopwatch.StartNew();
        // Exactly this fault: a fault inherited from the caller's environment must not help catch another.
        var environment = new Dictionary<string, string>
        {
            [SimulatedTenantsOptions.FaultsEnvironmentVariable] = probe.Fault,
            [FirstCatch.Variable] = options.FirstCatchOnly ? "1" : "0",
            // A fault must be caught on the first try: a retry that passes would hide it.
            [E2E.Core.Settings.PlaywrightSettingsLoader.RetriesVariable] = "0",
        };
        var variant = new SuiteProcess.Variant(environment, NoBuild: true, directory);
        var outcome = await SuiteProcess.RunAsync(root, new RunOptions(options.Environment, probe.TestFilter, options.Workers), results, variant, stop);
        Console.WriteLine($"  ({clock.Elapsed.TotalSeconds:0} s)");
        return new FaultProbeRow(probe, FaultVerdict.From(AllureResultsReader.ReadDirectory(results), DownSystemOf(probe.Fault)), outcome.ExitCode, results);
    }

    /// <summary>The system a fault takes down for the whole run: its scenarios are expected to be environment failures.</summary>
    internal static string? DownSystemOf(string fault) => fault switch
    {
        KnownFaults.SamsaDown => "SAMSA",
        KnownFaults.SamvyDown => "Samvy",
        _ => null,
    };

    /// <summary>Processes (from @process:Pxx tags) with at least one scenario that parses.</summary>
    private static HashSet<string> ProcessesWithScenarios(string root) =>
        [.. ScenarioCatalog.Discover(Path.Combine(root, "features"))
            .Where(c => c.ParseError is null)
            .SelectMany(c => c.Tags)
            .Where(t => t.StartsWith("process:", StringComparison.Ordinal))
            .Select(t => t["process:".Length..])];
}
