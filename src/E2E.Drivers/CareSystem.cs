namespace E2E.Drivers;

/// <summary>The two coexisting systems. Names as the business writes them: "SAMSA" and "Samvy".</summary>
public enum CareSystem { Samsa, Samvy }

public static class CareSystemNames
{
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
