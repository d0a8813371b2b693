using System.Text.Json;

namespace E2E.Cli.Jamforelse;

/// <summary>
/// The same P04 scenario through the suite: one feature with the scenario written <c>times + 1</c> times (the first
/// warms up, as in the plain flow), run as "run" runs the suite with one worker. Per run: the scenario's seconds and
/// its steps' seconds as the Allure results record them, and what fell outside the steps (hooks: browser context,
/// tracing, sign-in checks, result writing).
/// </summary>
internal static class SuiteRuns
{
    public const string Outside = "Utanför stegen (hooks, spår, resultat)";

    private const string Scenario = "Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA";

    public static async Task<(IReadOnlyList<PhaseTimes> Runs, long PeakBytes, double WallSeconds)> MeasureAsync(
        string root, RunOptions suite, string folder, int times, bool trace)
    {
        var features = Directory.CreateDirectory(Path.Combine(folder, "features")).FullName;
        await File.WriteAllTextAsync(Path.Combine(features, "jamforelse.feature"), Feature(times + 1));
        var results = Folders.Fresh(Path.Combine(folder, "allure-results"));
        var environment = new Dictionary<string, string> { ["E2E_FEATURES_DIR"] = features };
        if (!trace) environment[E2E.Core.Settings.PlaywrightSettingsLoader.TraceVariable] = "off";

        using var memory = ProcessTreeMemory.Watch(Environment.ProcessId);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await SuiteProcess.RunAsync(root, suite with { Workers = 1 }, results,
            new SuiteProcess.Variant(environment, NoBuild: true, folder, Quiet: true));
        var wall = clock.Elapsed.TotalSeconds;
        if (outcome.ExitCode != 0 || outcome.Failed > 0)
            throw new InvalidOperationException($"Sviten klarade inte jämförelsens scenario ({outcome.Failed} underkända, slutkod {outcome.ExitCode}); tider från en svit som fallerar är inga mått.");
        var runs = Directory.EnumerateFiles(results, "*-result.json").Select(f => Read(File.ReadAllText(f)))
            .OrderBy(r => r.Start).Skip(1).Select(r => r.Phases).ToList();
        return (runs, memory.PeakBytes, wall);
    }

    private static (long Start, PhaseTimes Phases) Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var (start, stop) = (root.GetProperty("start").GetInt64(), root.GetProperty("stop").GetInt64());
        var phases = new PhaseTimes();
        var inSteps = 0L;
        foreach (var step in root.GetProperty("steps").EnumerateArray())
        {
            var ms = step.GetProperty("stop").GetInt64() - step.GetProperty("start").GetInt64();
            inSteps += ms;
            phases.Add(StepPhase(step.GetProperty("name").GetString() ?? ""), ms / 1000.0);
        }
        phases.Add(Outside, (stop - start - inSteps) / 1000.0);
        return (start, phases);
    }

    // The scenario's steps by what they do, so the table lines up with the plain flow's phases where it can.
    private static string StepPhase(string step) => step switch
    {
        _ when step.Contains("arbetar i") => "Givet: enheternas system (katalogen)",
        _ when step.Contains("skrivs in") => "Givet: " + PlainP04Flow.Admission,
        _ when step.Contains("skickar") => "När: inloggning, formulär, skicka",
        _ when step.Contains("se inskrivningsmeddelandet") => "Så: inloggning, inkorg, väntan på leverans",
        _ => "Och: kontroll av raden",
    };

    private static string Feature(int count) =>
        "# language: sv\n@process:P04 @critical\nEgenskap: Jämförelse med ren Playwright\n\n  Bakgrund:\n" +
        "    Givet att avdelning 32 på NÄL arbetar i Samvy\n    Och att hemsjukvården i Lerums kommun arbetar i SAMSA\n" +
        string.Concat(Enumerable.Range(1, count).Select(i =>
            $"\n  Scenario: {Scenario} (gång {i})\n" +
            "    Givet att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL\n" +
            "    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning om 5 dagar\n" +
            "    Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA\n" +
            "    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum\n"));
}
