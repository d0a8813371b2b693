namespace E2E.Reporting.Matrix;

/// <summary>Times shown to a process owner are Swedish time, whatever time zone the CI machine runs in.</summary>
public static class SwedishTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static string Format(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm");

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; } // a machine without tzdata: UTC, still not the local zone
    }
}
