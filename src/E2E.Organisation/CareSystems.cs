namespace E2E.Organisation;

/// <summary>The two systems, spelled as the directory shows them.</summary>
public static class CareSystems
{
    public const string Samsa = "SAMSA";
    public const string Samvy = "Samvy";

    /// <summary>The first go-live of Samvy, in the south (2024-11-12).</summary>
    public static readonly DateOnly SouthGoLive = new(2024, 11, 12);
}
