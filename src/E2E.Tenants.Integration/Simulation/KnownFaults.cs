namespace E2E.Tenants.Integration.Simulation;

/// <summary>Named faults the simulation can switch on, with the Swedish description shown to testers.</summary>
public static class KnownFaults
{
    public const string DropMessages = "tappa-meddelanden";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DropMessages] = "Meddelanden som går mellan systemen tappas utan felmeddelande.",
    };

    public static bool IsKnown(string name) => All.ContainsKey(name);

    public static string UnknownMessage(string name) =>
        $"Okänt fel \"{name}\". Kända fel: {string.Join(", ", All.Keys)}.";
}
