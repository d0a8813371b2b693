namespace E2E.TestData.Identities;

/// <summary>The two national identities a patient can have; samordningsnummer has 60 added to the day.</summary>
public enum IdentityKind { Personnummer, Samordningsnummer }

/// <summary>Issuer OIDs of Swedish person identities (Inera, Identifierare [S40]).</summary>
public static class IdentityOids
{
    public const string Personnummer = "1.2.752.129.2.1.3.1";
    public const string Samordningsnummer = "1.2.752.129.2.1.3.3";
    public const string NationalReserve = "1.2.752.74.9.1";
    public const string VgrReserve = "1.2.752.113.11.0.2.1.1.1";

    public static string For(IdentityKind kind) =>
        kind == IdentityKind.Personnummer ? Personnummer : Samordningsnummer;
}
