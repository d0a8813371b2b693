using System.Globalization;
using System.Text;

namespace E2E.Cli.Jamforelse;

/// <summary>
/// The P04 flow as plain Playwright and through the suite, side by side: medians, the ratio suite/plain, the cost of
/// tracing (the suite with and without it), per-phase and per-step medians, peak memory, judged against the budgets.
/// </summary>
internal sealed record Comparison(
    IReadOnlyList<PhaseTimes> Plain, long PlainPeakBytes,
    IReadOnlyList<PhaseTimes> Suite, long SuitePeakBytes, double SuiteWallSeconds,
    IReadOnlyList<PhaseTimes> SuiteWithoutTrace)
{
    /// <summary>At most this much slower than plain Playwright doing the same.</summary>
    public const double RatioBudget = 1.15;

    /// <summary>The P04 scenario's median on a 2-core machine, in seconds.</summary>
    public const double ScenarioBudget = 2.5;

    public double PlainMedian => Median(Plain.Select(p => p.Total));
    public double SuiteMedian => Median(Suite.Select(p => p.Total));
    public double WithoutTraceMedian => Median(SuiteWithoutTrace.Select(p => p.Total));
    public double Ratio => SuiteMedian / PlainMedian;
    public bool RatioWithin => Ratio <= RatioBudget;
    public bool ScenarioWithin => SuiteMedian <= ScenarioBudget;
    public bool Passed => RatioWithin && ScenarioWithin;

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("## Ren Playwright mot sviten: P04, avdelning i Samvy → hemsjukvård i SAMSA (1 arbetare)").AppendLine();
        text.AppendLine($"{Plain.Count} gånger var efter en uppvärmning. Samma inskrivning via API, inloggningar, formulär, inkorg och kontroller; " +
                        "den rena versionen utan Reqnroll, drivrutinernas lager, spårning och rapport.").AppendLine();
        text.AppendLine("| | Median s | Min | Max |").AppendLine("|---|---:|---:|---:|");
        Row(text, "Ren Playwright", Plain);
        Row(text, "Sviten", Suite);
        Row(text, "Sviten utan spårning (E2E_TRACE=off)", SuiteWithoutTrace);
        text.AppendLine();
        text.AppendLine($"- Kvot svit/ren: {F(Ratio, "F2")} (budget högst {F(RatioBudget, "F2")}): {Verdict(RatioWithin)}");
        text.AppendLine($"- P04-scenariots median i sviten: {F(SuiteMedian)} s (budget högst {F(ScenarioBudget)} s): {Verdict(ScenarioWithin)}");
        text.AppendLine($"- Spårningens kostnad per scenario (median med − utan): {F(SuiteMedian - WithoutTraceMedian, "F2")} s");
        text.AppendLine($"- Toppminne (CLI-processen och allt den startar): ren {Megabytes(PlainPeakBytes)}, sviten {Megabytes(SuitePeakBytes)}");
        text.AppendLine($"- Sviten som en hel körning ({Suite.Count + 1} scenarier, dotnet test med start av tenants): {F(SuiteWallSeconds)} s").AppendLine();
        Phases(text, "Ren Playwright per fas (median s)", Plain);
        Phases(text, "Sviten per steg (median s, ur Allure-resultaten)", Suite);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, IReadOnlyList<PhaseTimes> runs)
    {
        var totals = runs.Select(r => r.Total).ToList();
        text.AppendLine($"| {name} | {F(Median(totals))} | {F(totals.Min())} | {F(totals.Max())} |");
    }

    private static void Phases(StringBuilder text, string title, IReadOnlyList<PhaseTimes> runs)
    {
        text.AppendLine($"{title}:").AppendLine();
        foreach (var phase in runs.SelectMany(r => r.Phases.Select(p => p.Phase)).Distinct())
            text.AppendLine($"- {phase}: {F(Median(runs.Select(r => r.Phases.Where(p => p.Phase == phase).Sum(p => p.Seconds))), "F2")}");
        text.AppendLine();
    }

    private static double Median(IEnumerable<double> values) => Percentiles.Median([.. values]);

    private static string Verdict(bool within) => within ? "inom budget" : "ÖVER BUDGET";

    private static string Megabytes(long bytes) => bytes == 0 ? "ej mätt" : $"{bytes / 1024 / 1024} MB";

    private static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);
}
