using System.Globalization;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>Dates are written yyyy-MM-dd everywhere in SAMSA.</summary>
public static class Dates
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
