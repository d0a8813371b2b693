namespace E2E.Drivers.Directory;

/// <summary>
/// Business names in scenarios ("avdelning 32 på NÄL") mapped to the units seeded in the tenants.
/// Adding a unit here is the only change a new unit needs on the suite's side.
/// </summary>
public static class UnitCatalogue
{
    public static readonly IReadOnlyList<KnownUnit> All =
    [
        new("avdelning 32 på NÄL", "SE2321000131-E000000000321", "Avdelning 32, NÄL", "avdelning", "Trollhättan"),
        new("avdelning 51 på Sahlgrenska", "SE2321000131-E000000000511", "Avdelning 51, Sahlgrenska", "avdelning", "Göteborg"),
        new("hemsjukvården i Lerums kommun", "SE2321000131-E000000001001", "Hemsjukvården Lerums kommun", "hemsjukvard", "Lerum"),
        new("hemsjukvården i Alingsås kommun", "SE2321000131-E000000001002", "Hemsjukvården Alingsås kommun", "hemsjukvard", "Alingsås"),
    ];

    /// <summary>Finds a unit by its business name or its displayed name, ignoring case.</summary>
    public static KnownUnit Find(string name)
    {
        var wanted = name.Trim();
        return All.FirstOrDefault(u =>
                   string.Equals(u.BusinessName, wanted, StringComparison.OrdinalIgnoreCase)
                   || string.Equals(u.DisplayName, wanted, StringComparison.OrdinalIgnoreCase))
               ?? throw new ArgumentException(
                   $"Okänd enhet '{name}'. Kända enheter: {string.Join(", ", All.Select(u => u.BusinessName))}.");
    }

    /// <summary>The municipality's home care: the unit concerned by an admission notice for a resident.</summary>
    public static KnownUnit HomeCareIn(string municipality) =>
        All.FirstOrDefault(u => u.Type == "hemsjukvard"
                                && string.Equals(u.Municipality, municipality, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Ingen känd hemsjukvård i {municipality}. Kända: " +
            string.Join(", ", All.Where(u => u.Type == "hemsjukvard").Select(u => u.BusinessName)) + ".");
}
