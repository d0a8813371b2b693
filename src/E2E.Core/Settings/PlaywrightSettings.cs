namespace E2E.Core.Settings;

/// <summary>playwright.config.json at the repo root, copied next to the test assembly.</summary>
public sealed record PlaywrightSettings
{
    /// <summary>chromium, firefox or webkit (env BROWSER overrides).</summary>
    public string Browser { get; init; } = "chromium";

    /// <summary>Env HEADED=1 overrides to false.</summary>
    public bool Headless { get; init; } = true;

    public TimeoutSettings Timeouts { get; init; } = new();

    /// <summary>retain-on-failure | on | off | on-first-retry | retain-on-first-failure (E2E.Core.Browser.TracePolicy).</summary>
    public string Trace { get; init; } = "retain-on-failure";

    /// <summary>only-on-failure | off.</summary>
    public string Screenshot { get; init; } = "only-on-failure";

    /// <summary>Scenarios run in parallel; one browser per worker.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Playwright server to connect to instead of launching locally (optional).</summary>
    public string? RemoteEndpoint { get; init; }

    /// <summary>Slow every action down (ms) when watching a headed run.</summary>
    public int SlowMoMs { get; init; }

    /// <summary>How many times a failed scenario is tried again in the same test case (env E2E_OMFORSOK overrides).</summary>
    public int Retries { get; init; }

    public bool KeepTraceOnFailure => Trace is "retain-on-failure" or "on";
    public bool ScreenshotOnFailure => Screenshot is "only-on-failure" or "on";
}

public sealed record TimeoutSettings
{
    public int ActionMs { get; init; } = 10_000;
    public int NavigationMs { get; init; } = 15_000;
    public int ExpectMs { get; init; } = 5_000;

    /// <summary>How long an inbox may take to show an asynchronously delivered message.</summary>
    public int MessageDeliveryMs { get; init; } = 15_000;

    public TimeSpan MessageDelivery => TimeSpan.FromMilliseconds(MessageDeliveryMs);

    /// <summary>How long an inbox is watched after a message arrived, to see that it arrived only once.</summary>
    public int DuplicateWindowMs { get; init; } = 3_000;

    public TimeSpan DuplicateWindow => TimeSpan.FromMilliseconds(DuplicateWindowMs);
}
