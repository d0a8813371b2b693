namespace E2E.TestData.Reserve;

/// <summary>One issuer's local reserve-number format: every region and municipality has its own, under its own OID.</summary>
public interface IReserveNumberFormat
{
    string Oid { get; }

    /// <summary>Who issues it, in Swedish, for messages: "VGR", "nationell reservidentitet".</summary>
    string Issuer { get; }

    /// <summary>Null when valid; otherwise the reason in Swedish ("fel kontrollsiffra (…)").</summary>
    string? Problem(string value);

    /// <summary>A valid value for someone born on <paramref name="birthDate"/>; <paramref name="sex"/> null = unknown.</summary>
    ReserveIdentity Generate(Random random, DateOnly birthDate, Sex? sex);
}
