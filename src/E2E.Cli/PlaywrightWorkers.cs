using E2E.Core.Settings;

namespace E2E.Cli;

/// <summary>The "workers" setting of playwright.config.json: how many scenarios run at once.</summary>
internal static class PlaywrightWorkers
{
    /// <summary>Reads the whole file, so a typo anywhere in it is named (file, line) before anything is built.</summary>
    public static int Read(string root)
    {
        var workers = PlaywrightSettingsLoader.Load(root).Workers;
        return workers > 0 ? workers : 2;
    }
}
