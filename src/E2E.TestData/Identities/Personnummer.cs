using System.Globalization;

namespace E2E.TestData.Identities;

/// <summary>
/// A personnummer or samordningsnummer, held as its 12 digits <c>YYYYMMDDNNNC</c>. Parse with
/// <see cref="PersonnummerParser"/>; every instance has a valid date and check digit.
/// </summary>
public readonly record struct Personnummer
{
    internal Personnummer(string digits) => Digits = digits;

    /// <summary>12 digits, century included, no separator: the form sent to tenants.</summary>
    public string Digits { get; }

    public IdentityKind Kind => DayField >= 60 ? IdentityKind.Samordningsnummer : IdentityKind.Personnummer;

    public string Oid => IdentityOids.For(Kind);

    public int Year => Number(0, 4);

    /// <summary>0 when unknown (samordningsnummer only).</summary>
    public int Month => Number(4, 2);

    /// <summary>Day of month with the samordningsnummer's 60 taken off; 0 when unknown.</summary>
    public int Day => Kind == IdentityKind.Samordningsnummer ? DayField - 60 : DayField;

    /// <summary>Null for samordningsnummer with an unknown month (00) or day (60), or a day the month lacks (04-31).</summary>
    public DateOnly? BirthDate =>
        Month == 0 || Day == 0 || Day > DateTime.DaysInMonth(Year, Month) ? null : new DateOnly(Year, Month, Day);

    /// <summary>The birth number's last digit: odd for a man, even for a woman.</summary>
    public Sex Sex => (Digits[10] - '0') % 2 == 1 ? Sex.Man : Sex.Kvinna;

    /// <summary>Completed years at <paramref name="date"/>; null when the birth date is not fully known.</summary>
    public int? AgeAt(DateOnly date)
    {
        if (BirthDate is not { } born) return null;
        var age = date.Year - born.Year;
        return born.AddYears(age) > date ? age - 1 : age;
    }

    /// <summary>
    /// <c>YYYYMMDD-NNNC</c>, always with '-': with the century written out the age is unambiguous, and the tenants
    /// show this form. The '+' belongs to the 10-digit form only (<see cref="ToTenDigitString"/>).
    /// </summary>
    public override string ToString() => Digits is null ? "" : $"{Digits[..8]}-{Digits[8..]}";

    /// <summary>
    /// <c>YYMMDD-NNNC</c>, or <c>YYMMDD+NNNC</c> from the year the person turns 100 (Skatteverket changes the sign
    /// at the turn of that year, so the whole year counts, also when the exact birth date is unknown).
    /// </summary>
    public string ToTenDigitString(DateOnly at) =>
        $"{Digits[2..8]}{(at.Year - Year >= 100 ? '+' : '-')}{Digits[8..]}";

    public static Personnummer Parse(string value, DateOnly? referenceDate = null) =>
        PersonnummerParser.Parse(value, referenceDate);

    public static bool TryParse(string value, out Personnummer result, DateOnly? referenceDate = null) =>
        PersonnummerParser.TryParse(value, out result, out _, referenceDate);

    private int DayField => Number(6, 2);

    private int Number(int start, int length) =>
        int.Parse(Digits.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
