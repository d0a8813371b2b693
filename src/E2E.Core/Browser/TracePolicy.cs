using E2E.Core.Settings;

namespace E2E.Core.Browser;

/// <summary>
/// Playwright's trace modes, resolved for one attempt of a scenario. Recording costs about a tenth of a scenario's time
/// even when the trace is thrown away, so the two retry-aware modes record only the attempt whose trace is wanted:
/// <c>on-first-retry</c> only the first retry (kept), <c>retain-on-first-failure</c> only the first attempt (kept when it fails).
/// </summary>
public static class TracePolicy
{
    public const string RetainOnFailure = "retain-on-failure";
    public const string On = "on";
    public const string Off = "off";
    public const string OnFirstRetry = "on-first-retry";
    public const string RetainOnFirstFailure = "retain-on-first-failure";

    public static readonly IReadOnlyList<string> Modes = [RetainOnFailure, On, Off, OnFirstRetry, RetainOnFirstFailure];

    /// <summary>The settings as this attempt (1 = the first try) records: trace on, off or retain-on-failure.</summary>
    public static PlaywrightSettings ForAttempt(PlaywrightSettings settings, int attempt) => settings.Trace switch
    {
        OnFirstRetry => settings with { Trace = attempt == 2 ? On : Off },
        RetainOnFirstFailure => settings with { Trace = attempt == 1 ? RetainOnFailure : Off },
        _ => settings,
    };
}
