using System.Globalization;
using System.Text.RegularExpressions;

namespace E2E.Specs.Support;

/// <summary>
/// Relative dates as testers write them, counted from the tenants' today: "idag", "imorgon", "igår", "om 5 dagar",
/// "för 2 dagar sedan", "på måndag" (the coming Monday, never today), or an ISO date.
/// </summary>
public static partial class RelativeDate
{
    public const string Pattern =
        @"idag|i dag|imorgon|i morgon|igår|i går|om \d+ dag(?:ar)?|för \d+ dag(?:ar)? sedan|på (?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|\d{4}-\d{2}-\d{2}";

    [GeneratedRegex(@"^om (\d+) dag(?:ar)?$")]
    private static partial Regex InDays();

    [GeneratedRegex(@"^för (\d+) dag(?:ar)? sedan$")]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"^på (\p{L}+)$")]
    private static partial Regex OnWeekday();

    public static DateOnly Parse(string phrase, DateOnly today)
    {
        var text = phrase.Trim().ToLowerInvariant();
        if (text is "idag" or "i dag") return today;
        if (text is "imorgon" or "i morgon") return today.AddDays(1);
        if (text is "igår" or "i går") return today.AddDays(-1);
        if (InDays().Match(text) is { Success: true } ahead) return today.AddDays(Days(ahead));
        if (DaysAgo().Match(text) is { Success: true } ago) return today.AddDays(-Days(ago));
        if (OnWeekday().Match(text) is { Success: true } weekday && Array.IndexOf(SwedishMoment.Weekdays, weekday.Groups[1].Value) is var wanted and >= 0)
            return today.AddDays(((wanted - (int)today.DayOfWeek + 6) % 7) + 1);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new ArgumentException(
            $"Förstår inte datumet '{phrase}'. Skriv t.ex. idag, imorgon, igår, om 5 dagar, för 2 dagar sedan, på måndag eller 2026-03-06.");
    }

    private static int Days(Match match) => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
}
