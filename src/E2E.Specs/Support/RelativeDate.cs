using System.Text.RegularExpressions;

namespace E2E.Specs.Support;

/// <summary>Relative dates as testers write them: "idag", "imorgon", "om 5 dagar", or an ISO date.</summary>
public static partial class RelativeDate
{
    [GeneratedRegex(@"^om (\d+) dagar?$")]
    private static partial Regex InDays();

    public static DateOnly Parse(string phrase, DateOnly today)
    {
        var text = phrase.Trim().ToLowerInvariant();
        if (text is "idag" or "i dag") return today;
        if (text is "imorgon" or "i morgon") return today.AddDays(1);
        if (InDays().Match(text) is { Success: true } match) return today.AddDays(int.Parse(match.Groups[1].Value));
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)) return date;
        throw new ArgumentException($"Förstår inte datumet '{phrase}'. Skriv t.ex. idag, imorgon, om 5 dagar eller 2026-03-06.");
    }
}
