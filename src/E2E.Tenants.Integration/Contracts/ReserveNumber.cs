using System.Globalization;
using System.Text.RegularExpressions;

namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// The tenants' own check of a reserve number (issuer OID + value). VGR's format <c>yyyymmddGggC</c> is checked in
/// full; every other issuer has its own format, so only the shape of OID and value is checked there.
/// </summary>
public static partial class ReserveNumber
{
    public const string VgrOid = "1.2.752.113.11.0.2.1.1.1";

    [GeneratedRegex(@"^[0-2](\.(0|[1-9]\d*))+$")]
    private static partial Regex OidPattern();

    [GeneratedRegex(@"^[0-9A-Z-]{1,40}$")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"^\d{8}[KMX]\d{3}$")]
    private static partial Regex VgrPattern();

    /// <summary>A Swedish reason why the identity is not a valid reserve number, or null when it is.</summary>
    public static string? Problem(string oid, string value)
    {
        if (!OidPattern().IsMatch(oid) || oid is PatientIdentity.PersonnummerOid or PatientIdentity.SamordningsnummerOid)
            return $"Utfärdaren '{oid}' är ingen giltig OID för reservnummer.";
        if (oid != VgrOid)
            return ValuePattern().IsMatch(value) ? null : "Reservnumret får bara innehålla A–Z, 0–9 och bindestreck (högst 40 tecken).";
        if (!VgrPattern().IsMatch(value) || !DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return "VGR:s reservnummer ska skrivas ååååmmddGggC med ett giltigt datum och G = K, M eller X.";
        var gg = int.Parse(value.AsSpan(9, 2), CultureInfo.InvariantCulture);
        var serialOk = value[8] switch { 'X' => gg is >= 80 and <= 89, 'K' => gg is >= 6 and <= 79 && gg % 2 == 0, _ => gg is >= 6 and <= 79 && gg % 2 == 1 };
        if (!serialOk)
            return "Löpnumret i VGR:s reservnummer passar inte könsbokstaven (K jämnt 06–79, M udda 06–79, X 80–89).";
        return value[11] - '0' == CheckDigit(value) ? null : "Kontrollsiffran i VGR:s reservnummer stämmer inte.";
    }

    /// <summary>Luhn over positions 3–11 (yymmddGgg), letters as K=5, M=7, X=8.</summary>
    private static int CheckDigit(string value)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var c = value[2 + i];
            var digit = c switch { 'K' => 5, 'M' => 7, 'X' => 8, _ => c - '0' };
            var weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (10 - sum % 10) % 10;
    }
}
