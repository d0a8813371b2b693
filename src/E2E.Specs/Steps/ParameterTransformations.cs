using System.Text.RegularExpressions;
using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.TestData;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// The words testers use for units, systems, municipalities and dates, as Cucumber-expression parameter types:
/// {enhet}, {system}, {kommun}, {datum}. One capture group each: Reqnroll passes the groups as arguments.
/// </summary>
[Binding]
public sealed class ParameterTransformations
{
    [StepArgumentTransformation(@"(avdelning \d+ på [\w-]+|hemsjukvården i [\w-]+ kommun)", Name = "enhet")]
    public static KnownUnit Unit(string name) => UnitCatalogue.Find(name);

    [StepArgumentTransformation("(SAMSA|Samvy)", Name = "system")]
    public static CareSystem System(string name) => CareSystemNames.Parse(name);

    [StepArgumentTransformation(@"([\w-]+ kommun)", Name = "kommun")]
    public static Municipalities.Municipality Municipality(string phrase) => Municipalities.FromPhrase(phrase);

    [StepArgumentTransformation(@"(idag|i dag|imorgon|i morgon|om \d+ dagar?|\d{4}-\d{2}-\d{2})", Name = "datum")]
    public static DateOnly Date(string phrase) => RelativeDate.Parse(phrase, DateOnly.FromDateTime(DateTime.Now));
}

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
