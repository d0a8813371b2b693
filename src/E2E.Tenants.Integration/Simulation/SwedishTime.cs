namespace E2E.Tenants.Integration.Simulation;

/// <summary>Both systems run on Swedish time; dates and timestamps users see are in Europe/Stockholm.</summary>
public static class SwedishTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset Now(TimeProvider clock) => ToSwedish(clock.GetUtcNow());

    public static DateTimeOffset ToSwedish(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset ToSwedish(DateTime utc) =>
        ToSwedish(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>A wall-clock time in Sweden (as a person types it) as UTC.</summary>
    public static DateTime FromSwedish(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static string Display(DateTime utc) => ToSwedish(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    // Without the zone both systems would silently run on UTC and disagree with the suite on "today": say so.
    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException(
                "Tidszonen Europe/Stockholm saknas på maskinen (Debian: apt-get install tzdata); SAMSA och Samvy går på svensk tid.", e);
        }
    }
}
