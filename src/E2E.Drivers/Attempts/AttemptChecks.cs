namespace E2E.Drivers.Attempts;

/// <summary>Whether what a person was told names everything it must: a refusal that does not say why is a failure.</summary>
public static class AttemptChecks
{
    /// <param name="stopped">What happened, as the failure starts: "SAMSA stoppade inskrivningsmeddelandet".</param>
    public static void ShouldSay(this Attempt attempt, string stopped, IEnumerable<string> mustSay)
    {
        var missing = mustSay.Where(words => !attempt.Told.Contains(words, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new BusinessAssertionException(
                $"{stopped} med beskedet \"{attempt.Told}\", som inte nämner {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
    }
}
