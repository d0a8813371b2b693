using E2E.Reporting.Results;

namespace E2E.Cli;

/// <summary>The felprov result: printed as a Swedish table and written as JSON for tools and CI.</summary>
internal sealed class FaultProbeTable(string environment, IReadOnlyList<FaultProbeRow> rows)
{
    public IReadOnlyList<FaultProbeRow> Rows => rows;

    /// <summary>
    /// Every fault run was caught, and at least one ran. A fault left out because no scenario covers its processes
    /// fails only when it was named with --fel: then the proof asked for was not given.
    /// </summary>
    public bool AllCaught =>
        rows.Any(r => r.Verdict is not null)
        && rows.All(r => r.Verdict?.IsCaught ?? !r.Probe.Requested);

    public void Print()
    {
        Console.WriteLine($"\nFelprov mot miljön \"{environment}\"");
        Console.WriteLine($"  {"Fel",-34} {"Processer",-20} Utfall");
        foreach (var row in rows)
        {
            Console.WriteLine($"  {row.Probe.Fault,-34} {string.Join(", ", row.Probe.Processes),-20} {Summary(row)}");
            foreach (var detail in Details(row)) Console.WriteLine($"  {"",-34} {"",-20}   {detail}");
        }
        Console.WriteLine($"\nFELPROV: {Verdict()}");
    }

    private string Verdict()
    {
        var run = rows.Count(r => r.Verdict is not null);
        if (run == 0) return "MISSLYCKADES (inget fel kunde prövas: inga scenarier för de processer felen hotar)";
        if (AllCaught) return $"ALLA FÅNGADE ({run} fel prövade{LeftOut()})";
        var named = rows.Count(r => r.Verdict is null && r.Probe.Requested);
        return $"MISSLYCKADES ({rows.Count(r => r.Verdict is { IsCaught: false })} av {run} prövade fel inte fångade" +
               (named == 0 ? "" : $"; {named} namngivna fel gick inte att pröva") + $"{LeftOut()})";
    }

    private string LeftOut()
    {
        var count = rows.Count(r => r.Verdict is null);
        return count == 0 ? "" : $", {count} ej prövade";
    }

    private static string Summary(FaultProbeRow row)
    {
        if (row.Verdict is not { } v) return $"ej prövat: inga scenarier för {string.Join(", ", row.Probe.Uncovered)}";
        if (v.IsCaughtAsEnvironment)
            return $"fångat som miljöfel: {v.Environment} av {v.Total} scenarier redovisade att {v.DownSystem} inte svarade{Extra(v)}";
        var counts = $"{v.Caught} av {v.Total} scenarier underkända i en Så-kontroll{Extra(v)}";
        return v.IsCaught ? $"fångat: {counts}" : $"INTE FÅNGAT: {counts}";
    }

    private static string Extra(FaultVerdict v) =>
        (v.Broken == 0 ? "" : $", {v.Broken} trasiga") + (v.Skipped == 0 ? "" : $", {v.Skipped} överhoppade")
        + (v.Total == 0 ? ", inga resultat" : "");

    private static IEnumerable<string> Details(FaultProbeRow row)
    {
        if (row.Verdict is null) yield break;
        if (row.Verdict.FirstCatch is { } c)
            foreach (var line in Lines(row.Verdict.IsCaughtAsEnvironment ? "först som miljöfel" : "först", c)) yield return line;
        if (row.Verdict.FirstBroken is { } b)
            foreach (var line in Lines("trasigt", b)) yield return line;
        if (row.Probe.Uncovered.Count > 0) yield return $"utan scenarier (ej prövade): {string.Join(", ", row.Probe.Uncovered)}";
        if (row.Verdict.Total == 0) yield return $"dotnet test slutkod {row.ExitCode}";
    }

    private static IEnumerable<string> Lines(string label, ScenarioStop stop)
    {
        yield return $"{label}: {stop.Scenario}";
        yield return $"  steg: {stop.Step}";
        yield return $"  meddelande: {stop.Message.Split('\n', 2)[0].Trim()}";
    }

    /// <summary>Written like the Allure files: camelCase, "fångat" and "NÄL" as written, UTF-8 without a byte order mark.</summary>
    public void WriteJson(string file, string root)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, AllureJson.ToUtf8Bytes(new
        {
            Miljö = environment,
            AllaFångade = AllCaught,
            Fel = rows.Select(r => new
            {
                Fel = r.Probe.Fault,
                Processer = r.Probe.Processes,
                Utfall = r.Outcome,
                EjPrövade = r.Probe.Uncovered,
                Fångade = r.Verdict?.Caught,
                Miljöfel = r.Verdict?.Environment,
                Godkända = r.Verdict?.Passed,
                Trasiga = r.Verdict?.Broken,
                Överhoppade = r.Verdict?.Skipped,
                FörstaFångst = JsonOf(r.Verdict?.FirstCatch),
                FörstaTrasiga = JsonOf(r.Verdict?.FirstBroken),
                DotnetTestSlutkod = r.ExitCode,
                Resultatmapp = r.ResultsDirectory is null ? null : Shown(root, r.ResultsDirectory),
            }),
        }));
    }

    // Relative to the repository when inside it (artifacts/felprov/…), else as given (--ut elsewhere).
    private static string Shown(string root, string directory)
    {
        var relative = Path.GetRelativePath(root, directory);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? directory : relative).Replace('\\', '/');
    }

    private static object? JsonOf(ScenarioStop? stop) => stop is null ? null : new { stop.Scenario, Steg = stop.Step, Meddelande = stop.Message };
}
