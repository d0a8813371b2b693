using System.Globalization;

namespace E2E.TestData.Reserve;

/// <summary>The <c>yyyymmdd</c> that all formats here start with.</summary>
internal static class ReserveDate
{
    public static string Format(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string? Problem(string value) =>
        value.Length >= 8 && DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out _)
            ? null
            : $"ogiltigt datum ('{value[..Math.Min(8, value.Length)]}' är inget datum ååååmmdd)";

    public static string? LengthProblem(string value, int length, string pattern) =>
        value.Length == length ? null : $"fel längd ({value.Length} tecken, ska vara {length}: {pattern})";

    public static char SexLetter(Sex? sex) => sex switch { Sex.Kvinna => 'K', Sex.Man => 'M', _ => 'X' };
}
