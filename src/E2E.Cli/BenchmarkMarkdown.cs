using System.Globalization;
using System.Text;

namespace E2E.Cli;

/// <summary>The benchmark report as a Swedish markdown table: printed as it is, and saved as benchmark.md.</summary>
internal static class BenchmarkMarkdown
{
    public static string Render(BenchmarkReport report)
    {
        var s = report.Settings;
        var m = report.Machine;
        var text = new StringBuilder();
        text.AppendLine("# Benchmark av sviten").AppendLine();
        text.AppendLine($"- Maskin: {m.ProcessorCount} processorer, {m.Os}, {m.Runtime}, .NET SDK {m.DotnetSdk ?? "okänd"}");
        text.AppendLine($"- Commit: {Commit(m)}; klocka: {(m.E2ENow is null ? "verklig tid (E2E_NOW ej satt)" : $"E2E_NOW={m.E2ENow}")}");
        text.AppendLine($"- Belastning (1/5/15 min) före: {m.LoadAtStart ?? "okänd"}, efter: {m.LoadAtEnd ?? "okänd"}");
        text.AppendLine($"- Miljö: {s.Environment}{(s.Filter is null ? "" : $", filter {s.Filter}")}; {s.Repetitions} {(s.Repetitions == 1 ? "gång" : "gånger")} per antal arbetare");
        text.AppendLine($"- Bygget {Seconds(s.BuildSeconds)} s (ingår inte i tiderna); hela benchmarken {Seconds(s.TotalSeconds)} s").AppendLine();

        text.AppendLine("## Sekunder per scenario och process (median och p95 över scenarier × gånger)").AppendLine();
        text.AppendLine("| Process | Scenarier | " + string.Join(" | ", s.WorkerCounts.Select(w => $"{w} arb. median | {w} arb. p95")) + " |");
        text.AppendLine("|---|---:|" + string.Concat(s.WorkerCounts.Select(_ => "---:|---:|")));
        foreach (var p in report.Processes)
        {
            var cells = s.WorkerCounts.Select(w => p.ByWorkers.FirstOrDefault(x => x.Workers == w) is { } x
                ? $"{Seconds(x.MedianSeconds)} | {Seconds(x.P95Seconds)}" : "– | –");
            text.AppendLine($"| {p.Title} | {p.Scenarios} | {string.Join(" | ", cells)} |");
        }
        text.AppendLine();

        text.AppendLine("## Väggtid för hela körningen (dotnet test, sekunder)").AppendLine();
        text.AppendLine("| Arbetare | Gånger | Median | Max | Varje gång | Toppminne |").AppendLine("|---:|---:|---:|---:|---|---:|");
        foreach (var w in report.Runs)
            text.AppendLine($"| {w.Workers} | {w.Runs} | {Seconds(w.MedianSeconds)} | {Seconds(w.MaxSeconds)} | {string.Join(", ", w.Seconds.Select(Seconds))} | " +
                            $"{(w.PeakMegabytes == 0 ? "ej mätt" : $"{w.PeakMegabytes} MB")} |");
        text.AppendLine();

        var b = report.Budget;
        text.AppendLine(b.MaxSeconds is { } max
            ? $"Budget: {b.Workers} arbetare, längsta körningen {Seconds(max)} s av {Seconds(b.LimitSeconds)} s: {(b.Within == true ? "inom budget" : "ÖVER BUDGET")}"
            : $"Budget: {b.Workers} arbetare mättes inte, ingen bedömning mot {Seconds(b.LimitSeconds)} s");
        if (report.DryRun is { } dry) text.AppendLine(dry.Line());
        if (report.Comparison is { } comparison) text.AppendLine().Append(comparison.Markdown());
        if (report.SkippedScenarios > 0) text.AppendLine($"Överhoppade scenarier (räknas inte): {report.SkippedScenarios}");
        text.AppendLine(report.Passed ? "Resultat: GODKÄNT" : "Resultat: MISSLYCKADES: " + string.Join("; ",
            report.Problems.Concat(report.DryRun?.Within == false ? ["torrkörningen"] : [])
                .Concat(report.Comparison?.Passed == false ? ["jämförelsen med ren Playwright"] : [])));
        return text.ToString();
    }

    private static string Commit(MachineFacts m) => m.Commit is null ? "okänd (git saknas)"
        : m.UncommittedChanges == true ? $"{m.Commit} med ändringar som inte är incheckade" : m.Commit;

    private static string Seconds(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
