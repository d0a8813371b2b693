using System.Globalization;
using E2E.Core.Time;
using E2E.Tenants.Host;

namespace E2E.Tenants.Tests.Support;

/// <summary>
/// The tests' "now": E2E_NOW, or the real time when the test run started. The tenants start at it and every reset
/// returns to it, and every date a test writes counts from it, so a test passes the same way on any day, at any
/// hour (23:59, a daylight-saving night, New Year's Eve) and in any time zone.
/// </summary>
public static class TestClock
{
    public static DateTimeOffset Now => SuiteNow.Value;

    /// <summary>Today in Sweden on the tenants' clock.</summary>
    public static DateOnly Today => SwedishTime.DateOf(Now);

    /// <summary>A day counted from today, as the APIs take it: "2027-12-09".</summary>
    public static string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A Swedish wall-clock time on a day counted from today, with its offset: "2027-12-14T10:00:00+01:00".</summary>
    public static string At(int days, string time) => SwedishTime.Iso(Instant(days, time));

    /// <summary>The same as a form's date-time field takes it: "2027-12-14T10:00".</summary>
    public static string FormTime(int days, string time) => $"{Day(days)}T{time}";

    /// <summary>The same as the pages show it: "2027-12-14 10:00".</summary>
    public static string Shown(int days, string time) => $"{Day(days)} {time}";

    public static DateTimeOffset Instant(int days, string time) =>
        SwedishTime.At(Today.AddDays(days), TimeOnly.Parse(time, CultureInfo.InvariantCulture));

    /// <summary>Options to start the tenants at the tests' "now".</summary>
    public static SimulatedTenantsOptions Options() => new() { Now = Now };
}
