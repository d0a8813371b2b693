using System.Globalization;
using E2E.TestData.Identities;

namespace E2E.TestData.Reserve;

/// <summary>
/// VGR's local reserve number <c>yyyymmddGggC</c> [S35]: G = K woman, M man, X unknown; gg 06–79 (odd man, even
/// woman) or 80–89 for unknown sex; C = Luhn over positions 3–11 with K=5, M=7, X=8.
/// </summary>
public sealed class VgrReserveNumber : IReserveNumberFormat
{
    public static readonly VgrReserveNumber Instance = new();

    public string Oid => IdentityOids.VgrReserve;
    public string Issuer => "VGR";

    public string? Problem(string value)
    {
        if (ReserveDate.LengthProblem(value, 12, "ååååmmddGggC") is { } length) return length;
        if (ReserveDate.Problem(value) is { } date) return date;
        var letter = value[8];
        if (letter is not ('K' or 'M' or 'X'))
            return $"könsbokstaven '{letter}' ska vara K (kvinna), M (man) eller X (okänt kön)";
        if (!int.TryParse(value.AsSpan(9, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var gg))
            return $"'{value[9..11]}' ska vara två siffror";
        if (SerialProblem(letter, gg) is { } serial) return serial;
        if (!char.IsAsciiDigit(value[11])) return $"kontrollsiffran '{value[11]}' är ingen siffra";
        var expected = CheckDigit(value[..11]);
        return value[11] - '0' == expected ? null : $"fel kontrollsiffra (sista tecknet är {value[11]}, ska vara {expected})";
    }

    public ReserveIdentity Generate(Random random, DateOnly birthDate, Sex? sex)
    {
        var gg = sex switch
        {
            Sex.Kvinna => 6 + 2 * random.Next(37), // 06, 08 … 78
            Sex.Man => 7 + 2 * random.Next(37), // 07, 09 … 79
            _ => 80 + random.Next(10),
        };
        var body = $"{ReserveDate.Format(birthDate)}{ReserveDate.SexLetter(sex)}{gg:00}";
        return new ReserveIdentity(Oid, body + CheckDigit(body));
    }

    /// <summary>Luhn over positions 3–11 (1-based), i.e. <c>yymmddGgg</c>, letters as K=5, M=7, X=8.</summary>
    public static int CheckDigit(string firstEleven) =>
        Luhn.CheckDigit(firstEleven[2..11].Select(c => c switch { 'K' => 5, 'M' => 7, 'X' => 8, _ => c - '0' }));

    private static string? SerialProblem(char letter, int gg) => letter switch
    {
        'X' when gg is < 80 or > 89 => $"löpnumret {gg:00} ska vara 80–89 när könet är okänt (X)",
        'K' when gg is < 6 or > 79 || gg % 2 == 1 => $"löpnumret {gg:00} ska vara jämnt och 06–79 för en kvinna (K)",
        'M' when gg is < 6 or > 79 || gg % 2 == 0 => $"löpnumret {gg:00} ska vara udda och 06–79 för en man (M)",
        _ => null,
    };
}
