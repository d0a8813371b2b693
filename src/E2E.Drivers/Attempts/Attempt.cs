namespace E2E.Drivers.Attempts;

/// <summary>
/// What came of something a person tried that the system may refuse (a second SIP, later a forbidden inbox): whether
/// it went through and what the person was told, so a scenario asserts on the words instead of catching exceptions.
/// </summary>
public sealed record Attempt(bool Succeeded, string Told)
{
    public override string ToString() => $"{(Succeeded ? "genomfört" : "stoppat")}: \"{Told}\"";
}
