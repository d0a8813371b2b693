using System.Text.Json;
using E2E.Reporting.Processes;
using E2E.Reporting.Results;

namespace E2E.Cli;

/// <summary>
/// Per process (and direction between the systems) how many scenarios passed, read from the Allure results.
/// A process without scenarios is shown as "ej täckt": not covered is a result too.
/// </summary>
internal sealed class ProcessSummary
{
    private readonly List<Result> _results;
    private readonly ProcessCatalog _catalog;

    /// <summary>A scenario stopped because a system did not answer (miljöfel): neither passed nor a product failure.</summary>
    private const string Unreachable = "miljöfel";

    // A scenario whose messages went several ways counts in each of its directions.
    private sealed record Result(string Process, IReadOnlyList<string> Directions, string Status);

    private ProcessSummary(List<Result> results, ProcessCatalog catalog) => (_results, _catalog) = (results, catalog);

    public int Total => _results.Count;

    /// <summary>Scenarios skipped because the environment lacks what they need (@kräver:…): counted apart, never as passed.</summary>
    public int Skipped => _results.Count(r => r.Status == "skipped");
    /// <summary>Scenarios neither passed nor skipped: product, test and environment failures alike.</summary>
    public int Failures => _results.Count(r => r.Status != "passed" && r.Status != "skipped");

    public static ProcessSummary Read(string resultsDirectory, ProcessCatalog catalog)
    {
        var results = new List<Result>();
        foreach (var file in Directory.EnumerateFiles(resultsDirectory, "*-result.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var labels = doc.RootElement.TryGetProperty("labels", out var l) ? l.EnumerateArray().ToList() : [];
            List<string> Labels(string name) => [.. labels.Where(x => x.GetProperty("name").GetString() == name)
                .Select(x => x.GetProperty("value").GetString()!)];
            var status = doc.RootElement.GetProperty("status").GetString() ?? "unknown";
            var message = doc.RootElement.TryGetProperty("statusDetails", out var d) && d.TryGetProperty("message", out var m) ? m.GetString() : null;
            results.Add(new Result(Labels("process").FirstOrDefault() ?? "(utan process)", Labels("riktning"),
                status != "passed" && EnvironmentFailure.IsIn(message) ? Unreachable : status));
        }
        return new ProcessSummary(results, catalog);
    }

    public void Print()
    {
        Console.WriteLine("\nSammanfattning per process");
        var ids = _catalog.Processes.Select(p => p.Id).Concat(_results.Select(r => r.Process)).Distinct();
        foreach (var id in ids)
        {
            var own = _results.Where(r => r.Process == id).ToList();
            var title = _catalog.TitleOf(id);
            if (own.Count == 0)
            {
                Console.WriteLine($"  – {title,-48} ej täckt");
                continue;
            }
            var skipped = own.Count(r => r.Status == "skipped");
            var run = own.Count - skipped;
            var passed = own.Count(r => r.Status == "passed");
            var unreachable = own.Count(r => r.Status == Unreachable);
            var mark = run == 0 ? "–" : passed == run ? "✔" : passed + unreachable == run ? "!" : "✘";
            var skippedText = (skipped == 0 ? "" : $", {skipped} överhoppade") + (unreachable == 0 ? "" : $", {unreachable} miljöfel");
            Console.WriteLine($"  {mark} {title,-48} {passed} av {run} godkända{skippedText}{Directions(id, own)}");
        }
    }

    // A second line per covered process: each direction that applies, and those that do not, with why.
    private string Directions(string id, List<Result> own)
    {
        // A scenario that could not finish proves nothing in a direction, like a skipped one.
        var line = DirectionCoverage.Of(_catalog, id, [.. own.Select(r =>
            new DirectionCoverage.ScenarioOutcome(r.Directions, r.Status == Unreachable ? "skipped" : r.Status))]);
        return line.Applying.Count == 0 ? "" : $"\n      riktningar: {line.Text()}";
    }
}
