using E2E.TestData.Identities;

namespace E2E.TestData.Reserve;

/// <summary>
/// ILLUSTRATIVE: the national reserve identity under its real OID 1.2.752.74.9.1 [S40], but with a simplified
/// shape (a date <c>yyyymmdd</c> and four characters A–Z/0–9), not Inera's specification [S36]. It accepts VGR's
/// values, so the same characters under two OIDs can be staged as two different people.
/// </summary>
public sealed class NationalReserveNumber : IReserveNumberFormat
{
    public static readonly NationalReserveNumber Instance = new();

    public string Oid => IdentityOids.NationalReserve;
    public string Issuer => "nationell reservidentitet";

    public string? Problem(string value)
    {
        if (ReserveDate.LengthProblem(value, 12, "ååååmmddXXXX") is { } length) return length;
        if (ReserveDate.Problem(value) is { } date) return date;
        return value[8..].All(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z')
            ? null
            : $"'{value[8..]}' får bara innehålla A–Z och 0–9";
    }

    public ReserveIdentity Generate(Random random, DateOnly birthDate, Sex? sex) =>
        new(Oid, $"{ReserveDate.Format(birthDate)}{ReserveDate.SexLetter(sex)}{random.Next(1000):000}");
}
