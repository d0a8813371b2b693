using System.Globalization;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Contracts;

/// <summary>Dates are written yyyy-MM-dd in both UIs and APIs; times as Swedish wall-clock time or ISO 8601.</summary>
public static class Dates
{
    private static readonly string[] LocalTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A point in time as UTC: with an offset as given, without one as Swedish time (a datetime-local field).</summary>
    public static DateTime? ParseTime(string? text)
    {
        var value = text?.Trim();
        if (DateTime.TryParseExact(value, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return SwedishTime.FromSwedish(local);
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant.UtcDateTime : null;
    }
}
