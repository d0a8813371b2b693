namespace E2E.Organisation;

/// <summary>The two coexisting systems: one type for the whole solution. Written "SAMSA" and "Samvy".</summary>
public enum CareSystem { Samsa, Samvy }

public static class CareSystemNames
{
    /// <summary>The first go-live of Samvy, in the south (2024-11-12).</summary>
    public static readonly DateOnly FirstSamvyGoLive = new(2024, 11, 12);

    public static string Display(this CareSystem system) => system == CareSystem.Samsa ? "SAMSA" : "Samvy";

    public static CareSystem Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "SAMSA" => CareSystem.Samsa,
        "SAMVY" => CareSystem.Samvy,
        _ => throw new ArgumentException($"Okänt system '{text}'. Skriv SAMSA eller Samvy."),
    };

    /// <summary>How a direction is written in reports: sender system → receiver system.</summary>
    public static string Direction(CareSystem sender, CareSystem receiver) => $"{sender.Display()}→{receiver.Display()}";
}
