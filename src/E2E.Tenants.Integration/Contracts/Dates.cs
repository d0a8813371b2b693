using System.Globalization;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Contracts;

/// <summary>Dates are written yyyy-MM-dd in both UIs and APIs; times as Swedish wall-clock time or ISO 8601.</summary>
public static class Dates
{
    private static readonly string[] LocalTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The Swedish calendar day of a stored UTC time (an admission at 00:30 in Sweden is that day, not the one before).</summary>
    public static DateOnly SwedishDay(DateTime utc) => DateOnly.FromDateTime(SwedishTime.ToSwedish(utc).DateTime);

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');

    /// <summary>A point in time as UTC: with an offset as given, without one as Swedish time (a datetime-local field).</summary>
    public static DateTime? ParseTime(string? text)
    {
        var value = text?.Trim();
        if (DateTime.TryParseExact(value, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return SwedishTime.FromSwedish(local);
        }
        // Only with an explicit offset: anything else would be read in the machine's time zone, not Sweden's.
        return value is not null && HasOffset(value)
               && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : null;
    }
}
