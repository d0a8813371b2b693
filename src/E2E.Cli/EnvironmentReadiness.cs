using E2E.Core.Settings;

namespace E2E.Cli;

/// <summary>
/// Before "run": every secret the environment file names is set (only its presence is
/// checked, the value is never shown), every tenant address is on the file's allow-list, and a browser server, when
/// one is set, answers. Otherwise the run stops with the environment exit code and one Swedish line saying what to
/// set or add.
/// </summary>
internal static class EnvironmentReadiness
{
    public const int ExitCode = EnvironmentSummary.ExitCode;

    /// <summary>The reason the environment cannot be used, or null when it can (the embedded tenants always can).</summary>
    public static string? Problem(string root, string environment)
    {
        // A browser server that does not answer would fail every scenario with a browser: say so once, run nothing.
        if (PlaywrightSettingsLoader.Load(root).RemoteEndpoint is { } server
            && E2E.Core.Browser.RemoteBrowser.ProblemAsync(server).GetAwaiter().GetResult() is { } unreachable)
            return $"MILJÖFEL: {unreachable}";
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
