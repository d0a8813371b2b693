using System.Globalization;
using System.Text.RegularExpressions;
using E2E.Core.Time;

namespace E2E.Specs.Support;

/// <summary>A moment as testers write it: "fredag 6 mars 2026 kl. 09.00" (Swedish time; the weekday must fit).</summary>
public static partial class SwedishMoment
{
    public static readonly string[] Weekdays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

    public static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The month's number (1–12) from its Swedish name, as payment and follow-up steps write it ("mars").</summary>
    public static int MonthNumber(string name) =>
        Array.IndexOf(Months, name) + 1 is var month and > 0
            ? month
            : throw new ArgumentException($"Okänd månad '{name}'. Skriv den med små bokstäver, t.ex. mars.");

    public const string Pattern =
        @"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} " +
        @"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4} kl\. \d{1,2}\.\d{2}";

    public static DateTimeOffset Parse(string text)
    {
        var match = Parts().Match(text.Trim());
        if (!match.Success)
            throw new ArgumentException($"Förstår inte tidpunkten '{text}'. Skriv t.ex. \"fredag 6 mars 2026 kl. 09.00\".");
        var (day, month, year) = (Number(match, "day"), Array.IndexOf(Months, match.Groups["month"].Value) + 1, Number(match, "year"));
        if (day > DateTime.DaysInMonth(year, month))
            throw new ArgumentException($"'{text}': {match.Groups["month"].Value} {year} har inte {day} dagar.");
        var date = new DateOnly(year, month, day);
        var weekday = Weekdays[(int)date.DayOfWeek];
        if (weekday != match.Groups["weekday"].Value)
            throw new ArgumentException($"'{text}': den {day} {match.Groups["month"].Value} {year} är en {weekday}, inte en {match.Groups["weekday"].Value}.");
        var (hour, minute) = (Number(match, "hour"), Number(match, "minute"));
        if (hour > 23 || minute > 59) throw new ArgumentException($"'{text}': klockslaget {hour}.{minute:00} finns inte.");
        return SwedishTime.At(date, new TimeOnly(hour, minute));
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<weekday>\p{L}+) (?<day>\d{1,2}) (?<month>\p{L}+) (?<year>\d{4}) kl\. (?<hour>\d{1,2})\.(?<minute>\d{2})$")]
    private static partial Regex Parts();
}
