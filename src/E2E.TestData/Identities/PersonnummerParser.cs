using System.Globalization;

namespace E2E.TestData.Identities;

/// <summary>
/// Reads 10 or 12 digits with or without '-'/'+' before the last four. A 10-digit number gets the latest century
/// that fits the reference date (today by default); '+' means 100 years earlier, as Skatteverket writes it.
/// </summary>
public static class PersonnummerParser
{
    public static Personnummer Parse(string value, DateOnly? referenceDate = null) =>
        TryParse(value, out var result, out var error, referenceDate) ? result : throw error!;

    public static bool TryParse(
        string? value, out Personnummer result, out PersonnummerFormatException? error, DateOnly? referenceDate = null)
    {
        result = default;
        error = Check(value ?? "", referenceDate ?? DateOnly.FromDateTime(DateTime.Today), out var digits);
        if (error is not null) return false;
        result = new Personnummer(digits!);
        return true;
    }

    private static PersonnummerFormatException? Check(string value, DateOnly reference, out string? digits)
    {
        digits = null;
        var text = value.Trim();
        var separatorAt = text.IndexOfAny(['-', '+']);
        var plus = separatorAt >= 0 && text[separatorAt] == '+';
        if (separatorAt >= 0 && separatorAt != text.Length - 5)
            return Fail(value, PersonnummerError.OgiltigaTecken, "'-' eller '+' får bara stå före de fyra sista siffrorna");
        var bare = separatorAt >= 0 ? text.Remove(separatorAt, 1) : text;
        if (!bare.All(char.IsAsciiDigit))
            return Fail(value, PersonnummerError.OgiltigaTecken, "endast siffror och ett '-' eller '+' är tillåtna");
        if (bare.Length is not (10 or 12))
            return Fail(value, PersonnummerError.FelLangd, $"{bare.Length} siffror, ska vara 10 eller 12");
        var full = bare.Length == 12 ? bare : Century(bare, reference, plus) + bare;
        if (DateProblem(full) is { } dateProblem)
            return Fail(value, PersonnummerError.OgiltigtDatum, dateProblem);
        var expected = Luhn.CheckDigit(full[2..11]);
        if (full[11] - '0' != expected)
            return Fail(value, PersonnummerError.FelKontrollsiffra, $"sista siffran är {full[11]}, ska vara {expected}");
        digits = full;
        return null;
    }

    private static string Century(string tenDigits, DateOnly reference, bool plus)
    {
        var baseYear = reference.Year - (plus ? 100 : 0);
        var yy = int.Parse(tenDigits[..2], CultureInfo.InvariantCulture);
        var year = baseYear - ((baseYear - yy) % 100 + 100) % 100;
        return (year / 100).ToString("00", CultureInfo.InvariantCulture);
    }

    // Samordningsnummer: day + 60; Skatteverket's test set also has month 00 and day 60 (date not fully known).
    private static string? DateProblem(string full)
    {
        var year = int.Parse(full[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(full[4..6], CultureInfo.InvariantCulture);
        var dayField = int.Parse(full[6..8], CultureInfo.InvariantCulture);
        var samordning = dayField >= 60;
        var day = samordning ? dayField - 60 : dayField;
        var shown = $"{full[..4]}-{full[4..6]}-{full[6..8]}";
        if (year == 0 || month > 12 || (month == 0 && !samordning))
            return $"{shown}: månaden finns inte";
        // Samordningsnummer: Skatteverket's own test set has days like 04-31 and 02-30, so any day 0–31 is accepted.
        if ((day == 0 && !samordning) || day > (month == 0 || samordning ? 31 : DateTime.DaysInMonth(year, month)))
            return samordning ? $"{shown}: dagen {day} (dag + 60) finns inte i månaden" : $"{shown}: dagen finns inte i månaden";
        return null;
    }

    private static PersonnummerFormatException Fail(string value, PersonnummerError reason, string detail)
    {
        var what = reason switch
        {
            PersonnummerError.FelLangd => "fel längd",
            PersonnummerError.OgiltigaTecken => "ogiltiga tecken",
            PersonnummerError.OgiltigtDatum => "ogiltigt datum",
            _ => "fel kontrollsiffra",
        };
        return new PersonnummerFormatException(value, reason,
            $"'{value}' är inget giltigt personnummer eller samordningsnummer: {what} ({detail}).");
    }
}
