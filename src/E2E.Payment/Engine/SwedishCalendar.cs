namespace E2E.Payment.Engine;

/// <summary>Payment counts calendar days in Sweden: an instant becomes a Europe/Stockholm date and hour.</summary>
public static class SwedishCalendar
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
