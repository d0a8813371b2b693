using E2E.Core.Settings;

namespace E2E.Cli;

/// <summary>
/// Before "run" against real tenants: every secret the environment file names is set (only its presence is
/// checked, the value is never shown) and every tenant address is on the file's allow-list. Otherwise the run
/// stops with the environment exit code and one Swedish line saying what to set or add.
/// </summary>
internal static class EnvironmentReadiness
{
    public const int ExitCode = EnvironmentSummary.ExitCode;

    /// <summary>The reason the environment cannot be used, or null when it can (the embedded tenants always can).</summary>
    public static string? Problem(string root, string environment)
    {
        try
        {
            var settings = EnvironmentSettingsLoader.Load(root, environment);
            if (settings.EmbeddedTenants) return null;
            TenantEndpoints.FromEnvironment(settings).EnsureAllowed(new AllowedHostsGuard(settings));
            return null;
        }
        catch (EnvironmentNotReadyException e)
        {
            return $"MILJÖFEL: {e.Message}";
        }
    }
}
