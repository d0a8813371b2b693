using E2E.Core.Settings;
using E2E.Core.Time;
using E2E.Reporting.Quarantine;

namespace E2E.Cli;

/// <summary>
/// The quarantine for "run": features/karantan.json (or the file --karantan names), read before the run so a mistake
/// stops it at once (exit 2), and judged against the suite's today (E2E_NOW), never the machine's calendar.
/// </summary>
internal static class QuarantineRun
{
    public static ScenarioQuarantine Read(string root, string? chosen)
    {
        var file = chosen is null ? Path.Combine(root, "features", QuarantineFile.FileName) : Path.GetFullPath(chosen);
        if (chosen is not null && !File.Exists(file)) throw new UsageException($"Karantänfilen {chosen} finns inte.");
        var entries = QuarantineFile.Read(file, chosen ?? $"features/{QuarantineFile.FileName}");
        return new ScenarioQuarantine(entries, Today);
    }

    public static DateOnly Today => SwedishTime.DateOf(SuiteNow.Value);
}
