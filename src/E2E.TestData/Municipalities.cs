namespace E2E.TestData;

/// <summary>A few municipalities of Västra Götaland with the town and postcode range their addresses use.</summary>
public static class Municipalities
{
    public sealed record Municipality(string Name, string Town, int PostcodeFrom, int PostcodeTo);

    public static readonly IReadOnlyList<Municipality> All =
    [
        new("Lerum", "Lerum", 44330, 44345),
        new("Alingsås", "Alingsås", 44130, 44160),
        new("Trollhättan", "Trollhättan", 46130, 46170),
        new("Göteborg", "Göteborg", 41101, 41878),
        new("Borås", "Borås", 50330, 50750),
        new("Vänersborg", "Vänersborg", 46230, 46260),
        new("Mölndal", "Mölndal", 43130, 43169),
        new("Partille", "Partille", 43330, 43370),
    ];

    public static Municipality Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException(
            $"Kommunen '{name}' finns inte i testdatats kommunlista. Kända: {string.Join(", ", All.Select(m => m.Name))}.");

    /// <summary>"Lerums kommun" → Lerum, "Alingsås kommun" → Alingsås (the genitive s is dropped when needed).</summary>
    public static Municipality FromPhrase(string phrase)
    {
        var name = phrase.Trim();
        if (name.EndsWith(" kommun", StringComparison.OrdinalIgnoreCase)) name = name[..^" kommun".Length];
        var exact = All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        return exact ?? (name.EndsWith('s') ? Find(name[..^1]) : Find(name));
    }
}
