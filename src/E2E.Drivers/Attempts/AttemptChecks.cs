namespace E2E.Drivers.Attempts;

/// <summary>Whether what a person was told names everything it must: a refusal that does not say why is a failure.</summary>
public static class AttemptChecks
{
    /// <param name="stopped">What happened, as the failure starts: "SAMSA stoppade inskrivningsmeddelandet".</param>
    public static void ShouldSay(this Attempt attempt, string stopped, IEnumerable<string> mustSay) =>
        ShouldSay(attempt.Told, stopped, mustSay);

    /// <summary>The same for any text a person or API client was told (a page, an API's problem text).</summary>
    public static void ShouldSay(string told, string stopped, IEnumerable<string> mustSay)
    {
        var missing = mustSay.Where(words => !told.Contains(words, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new BusinessAssertionException(
                $"{stopped} med beskedet \"{Shortened(told)}\", som inte nämner {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
    }

    public static string Shortened(string text) => text.Length <= 400 ? text : text[..400] + " …";
}
