namespace E2E.Tenants.Tests.Messaging;

/// <summary>One of the four directions a message can take, with the seeded sending ward and receiving unit.</summary>
public sealed record Direction(string From, string To)
{
    public const string Samsa = "SAMSA";
    public const string Samvy = "Samvy";

    public static readonly Direction[] All =
        [new(Samsa, Samsa), new(Samvy, Samsa), new(Samsa, Samvy), new(Samvy, Samvy)];

    public string Ward => From == Samsa ? Support.Units.Avd51Sahlgrenska : Support.Units.Avd32Nal;
    public string Recipient => To == Samsa ? Support.Units.Lerum : Support.Units.Alingsas;
    public bool Crosses => From != To;

    public override string ToString() => $"{From}→{To}";
}

/// <summary>The five message types, by the code both APIs use.</summary>
public static class Types
{
    public const string Admission = "inskrivningsmeddelande";
    public const string DischargeReady = "utskrivningsklar";
    public const string Withdrawn = "atertagen-utskrivningsklar";
    public const string Sip = "kallelse-sip";
    public const string Discharge = "utskrivningsmeddelande";

    public static readonly string[] All = [Admission, DischargeReady, Withdrawn, Sip, Discharge];
}
