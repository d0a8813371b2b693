using System.Globalization;

namespace E2E.Payment.Engine;

/// <summary>A calendar month, written <c>yyyy-MM</c> as the APIs take it.</summary>
public readonly record struct Month(int Year, int Number)
{
    public DateOnly First => new(Year, Number, 1);
    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public Month Plus(int months) => From(First.AddMonths(months));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Number;

    public static Month From(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse(string? text, out Month month)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        month = ok ? From(date) : default;
        return ok;
    }

    public override string ToString() => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
