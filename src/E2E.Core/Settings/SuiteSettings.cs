namespace E2E.Core.Settings;

/// <summary>Everything a run is configured with: the environment and the browser policy.</summary>
public sealed record SuiteSettings(EnvironmentSettings Environment, PlaywrightSettings Playwright)
{
    public static SuiteSettings Load(string? baseDirectory = null) =>
        new(EnvironmentSettingsLoader.Load(baseDirectory), PlaywrightSettingsLoader.Load(baseDirectory));

    public AllowedHostsGuard HostGuard => new(Environment);
}
