using System.Text;
using System.Text.Json;
using E2E.Reporting.Matrix;
using E2E.Reporting.Model;
using E2E.Reporting.Results;

namespace E2E.Cli;

/// <summary>
/// A "run" stopped by a signal: the Allure results written so far stay where they are, and sammanfattning.json says
/// the run was stopped, why, and what had finished, so a pipeline that cancelled the job still finds a readable file.
/// </summary>
internal static class StoppedRun
{
    public const string Word = "STOPPAD";

    public static int Finish(StopSignals stop, string artifacts, string results)
    {
        // A retried scenario counts once, by its last attempt, as in a finished run.
        var finished = LastAttempts.Of(AllureResultsReader.ReadDirectory(results));
        int Count(string status) => finished.Count(r => r.Status == status);
        var why = $"Körningen {stop.Reason}.";
        Console.Error.WriteLine($"\n{why} {finished.Count} scenarier hann bli klara; deras resultat ligger i {results}.");
        var shape = new
        {
            resultat = Word,
            slutkod = stop.ExitCode,
            stoppad = true,
            varför = why,
            scenarier = new
            {
                klara = finished.Count,
                godkända = Count(AllureStatus.Passed),
                underkända = Count(AllureStatus.Failed) + Count(AllureStatus.Broken),
                hoppade = Count(AllureStatus.Skipped),
            },
            allureResultat = results,
            grind = (object?)null,
        };
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, RunSummaryFile.FileName),
            JsonSerializer.Serialize(shape, ProcessMatrixJson.Options), new UTF8Encoding(false));
        return stop.ExitCode;
    }
}
