using Catalogue = E2E.Organisation.UnitCatalogue;
using CareUnit = E2E.Organisation.CareUnit;

namespace E2E.Drivers.Directory;

/// <summary>
/// Business names in scenarios ("avdelning 32 på NÄL", "hemsjukvården i Lerums kommun", "biståndshandläggarna i
/// Borås", "vårdcentralen Ryd") mapped to units. The units come from the shared organisation catalogue
/// (E2E.Organisation), the same one that seeds the simulated tenants: a new unit is added there, not here.
/// </summary>
public static class UnitCatalogue
{
    private static readonly Dictionary<string, KnownUnit> ByHsaId =
        Catalogue.All.ToDictionary(u => u.HsaId, ToKnownUnit, StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<KnownUnit> All = [.. Catalogue.All.Select(u => ByHsaId[u.HsaId])];

    /// <summary>
    /// Finds a unit by business phrase, displayed name or HSA-id, ignoring case. An unknown name throws an
    /// <see cref="ArgumentException"/> with a Swedish message naming the value and the closest known units.
    /// </summary>
    public static KnownUnit Find(string name) => Of(Catalogue.Find(name));

    /// <summary>The municipality's home care: the unit concerned by an admission notice for a resident.</summary>
    public static KnownUnit HomeCareIn(string municipality) => Of(Catalogue.HomeCareIn(municipality));

    /// <summary>The municipality's needs assessors (biståndshandläggare).</summary>
    public static KnownUnit NeedsAssessmentIn(string municipality) => Of(Catalogue.NeedsAssessmentIn(municipality));

    private static KnownUnit Of(CareUnit unit) => ByHsaId[unit.HsaId];

    private static KnownUnit ToKnownUnit(CareUnit unit) =>
        new(unit.BusinessName, unit.HsaId, unit.DisplayName, unit.Kind, unit.Municipality);
}
