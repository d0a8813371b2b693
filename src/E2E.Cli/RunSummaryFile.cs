using System.Text;
using System.Text.Json;
using E2E.Reporting.Gate;
using E2E.Reporting.Matrix;

namespace E2E.Cli;

/// <summary>
/// artifacts/sammanfattning.json: the run in a few fields a pipeline reads (result word, exit code, counts, the gate's
/// verdict rule by rule, how long the run and the report took) and the whole process matrix.
/// </summary>
internal static class RunSummaryFile
{
    public const string FileName = "sammanfattning.json";

    public sealed record Timings(TimeSpan Run, TimeSpan Report);

    public static string Word(int exitCode) => exitCode switch
    {
        0 => "GODKÄNT",
        1 => "MISSLYCKADES",
        EnvironmentSummary.ExitCode => "MILJÖFEL",
        RunCommand.ReportNotBuilt => "RAPPORT SAKNAS",
        _ => "FEL",
    };

    /// <summary>The run stopped before any scenario ran (e.g. a missing secret): the pipeline still finds why.</summary>
    public static void WriteStopped(string artifacts, int exitCode, string why)
    {
        Directory.CreateDirectory(artifacts);
        var shape = new { resultat = Word(exitCode), slutkod = exitCode, varför = why, grind = (object?)null };
        File.WriteAllText(Path.Combine(artifacts, FileName), JsonSerializer.Serialize(shape, ProcessMatrixJson.Options), new UTF8Encoding(false));
    }

    public static void Write(string artifacts, int exitCode, ProcessMatrixOutputs matrix, GateVerdict? gate, Timings timings)
    {
        var scenarios = matrix.Matrix.Scenarios;
        var shape = new
        {
            resultat = Word(exitCode),
            slutkod = exitCode,
            miljö = matrix.Matrix.Environment,
            tid = matrix.Matrix.RunAt,
            scenarier = new
            {
                totalt = scenarios.Count,
                godkända = scenarios.Count(s => s.Passed),
                underkända = scenarios.Count(s => s.Failed),
                miljöfel = scenarios.Count(s => s.Status == MatrixScenario.Unreachable),
                hoppade = scenarios.Count(s => s.Status == "skipped"),
                instabila = scenarios.Count(s => s.Flaky),
                underkändaIKarantän = scenarios.Count(s => s.FailedInQuarantine),
            },
            // Passed only on a retry (run --omforsok): earlier attempts failed in this very run.
            instabila = scenarios.Where(s => s.Flaky).Select(s => new { namn = s.Name, process = s.Process, försök = s.Attempts }),
            karantän = scenarios.Where(s => s.Quarantine is not null).Select(s => new
            {
                namn = s.Name, process = s.Process, status = s.Status, tillOchMed = s.Quarantine!.Until.ToString("yyyy-MM-dd"),
                orsak = s.Quarantine.Reason, ärende = s.Quarantine.Issue, utgången = s.Quarantine.Expired, räknas = !s.FailedInQuarantine,
            }),
            grind = gate is null ? null : new
            {
                godkänd = gate.Passed,
                urval = gate.SelectionOnly,
                regler = gate.Rules.Select(r => new { regel = r.Rule, godkänd = r.Passed, varför = r.Why }),
            },
            tider = new
            {
                körningSekunder = Math.Round(timings.Run.TotalSeconds, 1),
                rapportSekunder = Math.Round(timings.Report.TotalSeconds, 1),
                rapportAndel = timings.Run > TimeSpan.Zero ? Math.Round(timings.Report / timings.Run, 3) : 0,
            },
            matris = ProcessMatrixJson.Shape(matrix.Result, ProcessMatrixOutputs.ReportLink),
        };
        File.WriteAllText(Path.Combine(artifacts, FileName), JsonSerializer.Serialize(shape, ProcessMatrixJson.Options), new UTF8Encoding(false));
    }
}
