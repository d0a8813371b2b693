namespace E2E.Reporting.Quarantine;

/// <summary>
/// One entry of features/karantan.json: a scenario by its name as the report shows it (an Examples row by its row
/// name), why it is in quarantine, the last day the quarantine holds, and optionally the issue that tracks the fix.
/// </summary>
/// <param name="Position">The entry's place in the file's list, from 1, for messages.</param>
public sealed record QuarantineEntry(string Scenario, string Reason, DateOnly Until, string? Issue, int Position)
{
    /// <summary>Expired once "today" (the suite's, E2E_NOW) is past the last day.</summary>
    public QuarantineMark MarkFor(DateOnly today) => new(Until, Reason, Issue, Expired: today > Until);
}

/// <summary>How a quarantined scenario is labelled in the report, the matrix and the console.</summary>
public sealed record QuarantineMark(DateOnly Until, string Reason, string? Issue, bool Expired)
{
    public string Text => Expired
        ? $"karantänen gick ut {Until:yyyy-MM-dd}: {Reason}"
        : $"i karantän till {Until:yyyy-MM-dd}: {Reason}";
}
