using System.Globalization;

namespace E2E.TestData.Reserve;

/// <summary>
/// ILLUSTRATIVE, made up: "Region Exempelland" with the local format <c>yyyymmddGnnn</c> (G = K/M/X, nnn = 001–999,
/// no check digit). Its OID sits under 2.25 (UUID-based, free for anyone) so it can never be a real issuer's.
/// It accepts VGR's values: the point is to stage collisions (same value, other OID).
/// </summary>
public sealed class ExampleRegionReserveNumber : IReserveNumberFormat
{
    public static readonly ExampleRegionReserveNumber Instance = new();

    public const string ExampleOid = "2.25.329800735698586629295641978511506172918";

    public string Oid => ExampleOid;
    public string Issuer => "Region Exempelland (påhittad)";

    public string? Problem(string value)
    {
        if (ReserveDate.LengthProblem(value, 12, "ååååmmddGnnn") is { } length) return length;
        if (ReserveDate.Problem(value) is { } date) return date;
        if (value[8] is not ('K' or 'M' or 'X'))
            return $"könsbokstaven '{value[8]}' ska vara K, M eller X";
        return int.TryParse(value.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? null
            : $"löpnumret '{value[9..]}' ska vara 001–999";
    }

    public ReserveIdentity Generate(Random random, DateOnly birthDate, Sex? sex) =>
        new(Oid, $"{ReserveDate.Format(birthDate)}{ReserveDate.SexLetter(sex)}{random.Next(1, 1000):000}");
}
