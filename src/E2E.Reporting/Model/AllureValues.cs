namespace E2E.Reporting.Model;

/// <summary>Allure's status words.</summary>
internal static class AllureStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Broken = "broken";
    public const string Skipped = "skipped";
}

/// <summary>Allure's stage words.</summary>
internal static class AllureStage
{
    public const string Running = "running";
    public const string Finished = "finished";
}

/// <summary>Flaky: the scenario passed only on a retry (Allure shows it as flaky; earlier attempts under "Retries").</summary>
internal sealed record AllureStatusDetails(string? Message, string? Trace)
{
    public bool? Flaky { get; init; }
}

internal sealed record AllureLabel(string Name, string Value);

internal sealed record AllureLink(string Name, string Url, string Type);

/// <summary>
/// Excluded: left out of Allure's history id (Allure 3 computes it from the non-excluded parameters), for values that
/// differ from run to run, like the seed, so a scenario keeps one history line.
/// </summary>
internal sealed record AllureParameter(string Name, string Value, bool? Excluded = null);

/// <summary>Source is the attachment's file name inside the results directory.</summary>
internal sealed record AllureAttachment(string Name, string Source, string Type);
