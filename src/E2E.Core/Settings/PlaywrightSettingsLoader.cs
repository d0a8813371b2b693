namespace E2E.Core.Settings;

/// <summary>
/// Reads playwright.config.json next to the test assembly, then applies BROWSER / HEADED / E2E_TRACE / E2E_OMFORSOK /
/// PLAYWRIGHT_REMOTE_ENDPOINT.
/// </summary>
public static class PlaywrightSettingsLoader
{
    public const string FileName = "playwright.config.json";

    /// <summary>Overrides "trace" (see TracePolicy's modes): the benchmark measures what recording costs.</summary>
    public const string TraceVariable = "E2E_TRACE";

    /// <summary>Overrides "retries": run --omforsok passes it to the test host.</summary>
    public const string RetriesVariable = "E2E_OMFORSOK";

    /// <summary>Overrides "remoteEndpoint": a Playwright browser server (ws://…) every browser of the run comes from.</summary>
    public const string RemoteEndpointVariable = "PLAYWRIGHT_REMOTE_ENDPOINT";

    public static PlaywrightSettings Load(string? baseDirectory = null)
    {
        var path = Path.Combine(baseDirectory ?? AppContext.BaseDirectory, FileName);
        var settings = File.Exists(path) ? SettingsFile.Read<PlaywrightSettings>(path, FileName) : new PlaywrightSettings();
        if (settings.Retries < 0) throw new SettingsFileException($"{FileName}: \"retries\" får inte vara negativt (värdet är {settings.Retries}).");
        var applied = ApplyEnvironmentOverrides(settings);
        RequireKnownTrace(applied.Trace, applied.Trace == settings.Trace ? $"{FileName}: \"trace\"" : TraceVariable);
        return applied;
    }

    public static PlaywrightSettings ApplyEnvironmentOverrides(
        PlaywrightSettings settings, Func<string, string?>? lookup = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        var browser = lookup("BROWSER");
        var headed = lookup("HEADED");
        var trace = lookup(TraceVariable);
        var remote = lookup(RemoteEndpointVariable);
        return settings with
        {
            Browser = string.IsNullOrWhiteSpace(browser) ? settings.Browser : browser.Trim().ToLowerInvariant(),
            Headless = IsTrue(headed) ? false : settings.Headless,
            Trace = string.IsNullOrWhiteSpace(trace) ? settings.Trace : trace.Trim().ToLowerInvariant(),
            Retries = RetriesFrom(lookup(RetriesVariable)) ?? settings.Retries,
            RemoteEndpoint = string.IsNullOrWhiteSpace(remote) ? settings.RemoteEndpoint : remote.Trim(),
        };
    }

    // An unknown mode would record every scenario and keep nothing; say so before anything runs.
    private static void RequireKnownTrace(string trace, string where)
    {
        if (!Browser.TracePolicy.Modes.Contains(trace))
            throw new SettingsFileException($"{where} har värdet \"{trace}\"; tillåtna värden: {string.Join(", ", Browser.TracePolicy.Modes)}.");
    }

    private static int? RetriesFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return int.TryParse(value.Trim(), out var n) && n >= 0 ? n
            : throw new SettingsFileException($"{RetriesVariable} har värdet \"{value}\", men ska vara ett heltal 0 eller större (antal omförsök).");
    }

    private static bool IsTrue(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
