namespace E2E.Organisation;

/// <summary>
/// Deterministic Swedish staff names for demo users: the n-th unit always gets the same person, so a login label
/// ("Anna Lindqvist – Sjuksköterska, Avdelning 32, NÄL") is stable across starts. The first ten are the names the
/// simulated tenants always used; after them given names and surnames are combined (400 distinct names).
/// </summary>
public static class StaffNames
{
    private static readonly string[] First =
    [
        "Anna Lindqvist", "Erik Johansson", "Maria Karlsson", "Lars Nilsson", "Sara Andersson",
        "Johan Berg", "Elin Svensson", "Mikael Persson", "Karin Olsson", "Peter Gustafsson",
    ];

    private static readonly string[] GivenNames =
    [
        "Eva", "Anders", "Kristina", "Per", "Ingrid", "Nils", "Linnea", "Magnus", "Sofia", "Henrik",
        "Emma", "Fredrik", "Helena", "Jonas", "Malin", "Oskar", "Camilla", "Stefan", "Ida", "Mats",
    ];

    private static readonly string[] Surnames =
    [
        "Larsson", "Eriksson", "Pettersson", "Jonsson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
        "Magnusson", "Lindström", "Axelsson", "Lundberg", "Holm", "Sandberg", "Forsberg", "Ekström", "Sjöberg",
        "Wallin", "Engström",
    ];

    /// <summary>The name of the n-th demo user (0-based).</summary>
    public static string For(int index)
    {
        if (index < First.Length) return First[index];
        var n = index - First.Length;
        var name = $"{GivenNames[n % GivenNames.Length]} {Surnames[n / GivenNames.Length % Surnames.Length]}";
        var round = n / (GivenNames.Length * Surnames.Length);
        return round == 0 ? name : $"{name} {round + 1}";
    }
}
