using System.Globalization;

namespace E2E.Core.Time;

/// <summary>
/// Both systems run on Swedish time: "idag", a meeting at 10.00 and a discharge day are days and hours in
/// Europe/Stockholm, whatever time zone the machine running the suite is in.
/// </summary>
public static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToSwedish(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToSwedish(instant).DateTime);

    /// <summary>
    /// The instant a Swedish wall clock shows <paramref name="time"/> on <paramref name="date"/>. In the hour that
    /// does not exist (spring forward) the clock shows the hour after; in the hour that repeats, the first one.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException(
                "Tidszonen Europe/Stockholm saknas på maskinen (Debian: apt-get install tzdata); sviten räknar dagar i svensk tid.", e);
        }
    }

    /// <summary>As the systems' APIs take it: 2027-12-14T10:00:00+01:00.</summary>
    public static string Iso(DateTimeOffset instant) =>
        ToSwedish(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
