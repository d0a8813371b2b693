namespace E2E.Tenants.Integration.Simulation;

/// <summary>Named faults the simulation can switch on, with the Swedish description shown to testers.</summary>
public static class KnownFaults
{
    public const string DropMessages = "tappa-meddelanden";
    public const string DuplicateMessages = "dubbla-meddelanden";
    public const string SamsaDown = "samsa-nere";
    public const string SamvyDown = "samvy-nere";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DropMessages] = "Meddelanden som går mellan systemen tappas utan felmeddelande.",
        [DuplicateMessages] = "Meddelanden som går mellan systemen levereras två gånger (som två olika meddelanden).",
        [SamsaDown] = "SAMSA är nere (driftsstörning): allt svarar 503; integrationen försöker igen tills SAMSA är uppe.",
        [SamvyDown] = "Samvy är nere (driftsstörning): allt svarar 503; integrationen försöker igen tills Samvy är uppe.",
    };

    public static bool IsKnown(string name) => All.ContainsKey(name);

    public static string UnknownMessage(string name) =>
        $"Okänt fel \"{name}\". Kända fel: {string.Join(", ", All.Keys)}.";
}
