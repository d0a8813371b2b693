using E2E.Core.Time;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>E2E_NOW as testers and CI write it, and the Swedish days and hours counted from it (no tenant).</summary>
public sealed class SuiteNowTests
{
    private static readonly DateTimeOffset RealNow = new(2031, 5, 5, 5, 5, 5, TimeSpan.Zero); // stands in for the real time

    [TestCase("2027-12-04T23:30:00+01:00", "2027-12-04T22:30:00Z")]
    [TestCase("2027-12-04T23:30+01:00", "2027-12-04T22:30:00Z")]
    [TestCase("2027-06-01T08:00:00.5+02:00", "2027-06-01T06:00:00.5Z")]
    [TestCase("2027-12-31T22:30:00Z", "2027-12-31T22:30:00Z")]
    public void E2E_NOW_with_an_offset_is_the_runs_now(string text, string instant) =>
        SuiteNow.Parse(text, RealNow).Should().Be(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Without_E2E_NOW_the_run_uses_the_real_time(string? text) => SuiteNow.Parse(text, RealNow).Should().Be(RealNow);

    [TestCase("2027-12-04T23:30:00")] // no offset: the machine's time zone would decide
    [TestCase("2027-12-04")]
    [TestCase("imorgon")]
    [TestCase("2027-13-04T23:30:00+01:00")]
    public void A_malformed_E2E_NOW_is_refused_in_Swedish_naming_the_value(string text) =>
        FluentActions.Invoking(() => SuiteNow.Parse(text, RealNow)).Should().Throw<FormatException>()
            .WithMessage($"E2E_NOW har värdet '{text}', som inte är en tidpunkt med tidszon.*2027-12-04T23:30:00+01:00*");

    [TestCase("2027-12-31T23:30:00+01:00", "2027-12-31")] // New Year's Eve, late evening in Sweden
    [TestCase("2027-12-31T23:30:00Z", "2028-01-01")] // already New Year's Day in Sweden
    [TestCase("2027-03-28T00:30:00Z", "2027-03-28")] // the night Sweden springs forward
    [TestCase("2027-06-30T22:30:00-05:00", "2027-07-01")] // a machine far west: Sweden is a day ahead
    public void Today_is_the_Swedish_date_of_now_whatever_the_offset(string now, string today) =>
        SwedishTime.DateOf(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ToString("yyyy-MM-dd").Should().Be(today);

    [TestCase("2027-01-15", "10:00", "2027-01-15T10:00:00+01:00")]
    [TestCase("2027-07-15", "10:00", "2027-07-15T10:00:00+02:00")]
    [TestCase("2027-03-28", "02:30", "2027-03-28T03:30:00+02:00")] // does not exist: the hour after
    [TestCase("2027-10-31", "02:30", "2027-10-31T02:30:00+02:00")] // happens twice: the first one
    public void A_Swedish_wall_clock_time_gets_the_offset_in_force_that_day(string date, string time, string expected) =>
        SwedishTime.Iso(SwedishTime.At(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture))).Should().Be(expected);
}
