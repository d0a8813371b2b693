using System.Text.RegularExpressions;

namespace E2E.Tenants.Integration.Contracts;

/// <summary>Personnummer stored as 12 digits and shown as YYYYMMDD-NNNN.</summary>
public static partial class Personnummer
{
    [GeneratedRegex(@"^(\d{8})[-+]?(\d{4})$")]
    private static partial Regex Pattern();

    /// <summary>Accepts YYYYMMDDNNNN or YYYYMMDD-NNNN; returns 12 digits, or null when the format is wrong.</summary>
    public static string? Normalize(string? value)
    {
        var match = Pattern().Match(value?.Trim() ?? string.Empty);
        return match.Success ? match.Groups[1].Value + match.Groups[2].Value : null;
    }

    /// <summary>A samordningsnummer has 60 added to the day of birth (day 61–91); its FHIR identifier system differs.</summary>
    public static bool IsSamordningsnummer(string? value) =>
        Normalize(value) is { } digits && int.Parse(digits.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture) > 60;

    /// <summary>YYYYMMDD-NNNN; a reserve-number key (see <see cref="PatientIdentity"/>) is shown with its issuer.</summary>
    public static string Display(string value) =>
        Normalize(value) is { } digits ? $"{digits[..8]}-{digits[8..]}"
        : PatientIdentity.IsReserve(value) ? PatientIdentity.Display(value) : value;
}
