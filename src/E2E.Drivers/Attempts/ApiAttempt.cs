namespace E2E.Drivers.Attempts;

/// <summary>
/// What came of an API call a system may refuse: the HTTP status and what the system said (its problem text when it
/// refused, a summary of what it handed out when it did not), so a scenario asserts on both.
/// </summary>
public sealed record ApiAttempt(int Status, string Told)
{
    public override string ToString() => $"{Status}: \"{Told}\"";
}
