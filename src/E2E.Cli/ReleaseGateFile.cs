using E2E.Core.Settings;
using E2E.Reporting.Gate;
using E2E.Reporting.Processes;

namespace E2E.Cli;

/// <summary>
/// The release gate's rules, from features/releasegrind.json or the file --grind names. Read before the run, so a typo
/// stops it at once (exit 2) instead of after many minutes. No default file means no gate: the run's own verdict stands.
/// </summary>
internal static class ReleaseGateFile
{
    public static ReleaseGateRules? Read(string root, string? chosen, ProcessCatalog processes)
    {
        var file = chosen is null ? Path.Combine(root, "features", ReleaseGateRules.FileName) : Path.GetFullPath(chosen);
        if (!File.Exists(file))
            return chosen is null ? null : throw new UsageException($"Releasegrindens fil {chosen} finns inte.");
        var shownAs = chosen ?? $"features/{ReleaseGateRules.FileName}";
        var rules = SettingsFile.Read<ReleaseGateRules>(file, shownAs);
        if (rules.MaxFailures < 0 || rules.MinScenariosPerProcess < 0)
            throw new SettingsFileException($"{shownAs}: högstAntalUnderkända och minstAntalScenarierPerProcess får inte vara negativa.");
        var unknown = (rules.CriticalProcesses ?? []).Where(id => processes.Processes.All(p => p.Id != id)).ToList();
        if (unknown.Count > 0)
            throw new SettingsFileException($"{shownAs}: kritiskaProcesser nämner {string.Join(", ", unknown)}, som inte finns i " +
                $"features/processer.json (kända: {string.Join(", ", processes.Processes.Select(p => p.Id))}).");
        return rules;
    }
}
