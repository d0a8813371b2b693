namespace E2E.Organisation;

/// <summary>
/// Every unit of the region and its 49 municipalities, found by HSA-id or by the phrase a tester writes
/// ("avdelning 32 på NÄL", "hemsjukvården i Lerums kommun", "biståndshandläggarna i Borås", "vårdcentralen Ryd").
/// Both the suite and the simulated tenants read it, so a name means the same unit on both sides.
/// </summary>
public static class UnitCatalogue
{
    private static readonly IReadOnlyList<CareUnit> Units = CatalogueBuilder.Build();
    private static readonly Dictionary<string, CareUnit> ByHsaId = Units.ToDictionary(u => u.HsaId, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, CareUnit> ByPhrase = IndexPhrases();

    public static IReadOnlyList<CareUnit> All => Units;

    public static IEnumerable<CareUnit> OfKind(string kind) => Units.Where(u => u.Kind == kind);

    public static bool TryFind(string phraseOrHsaId, out CareUnit? unit) =>
        ByHsaId.TryGetValue(phraseOrHsaId.Trim(), out unit) || ByPhrase.TryGetValue(PhraseKey.Of(phraseOrHsaId), out unit);

    /// <summary>The unit with the given HSA-id or phrase, ignoring case; unknown gives a Swedish message.</summary>
    public static CareUnit Find(string phraseOrHsaId) =>
        TryFind(phraseOrHsaId, out var unit)
            ? unit!
            : throw new UnknownUnitException("enhet", phraseOrHsaId, ClosestBusinessNames(phraseOrHsaId));

    public static CareUnit? FindByHsaId(string hsaId) => ByHsaId.GetValueOrDefault(hsaId.Trim());

    /// <summary>The municipality's home care ("Lerum", "Lerums kommun", "Borås Stad" all work).</summary>
    public static CareUnit HomeCareIn(string municipality) => Of(UnitKinds.HomeCare, municipality);

    /// <summary>The municipality's needs assessors (biståndshandläggare).</summary>
    public static CareUnit NeedsAssessmentIn(string municipality) => Of(UnitKinds.NeedsAssessment, municipality);

    private static CareUnit Of(string kind, string municipality)
    {
        var name = MunicipalityCatalogue.Find(municipality).Name;
        return Units.Single(u => u.Kind == kind && u.Municipality == name);
    }

    private static IReadOnlyList<string> ClosestBusinessNames(string wanted) =>
        [.. ClosestNames.To(wanted, ByPhrase.Keys, 20).Select(k => ByPhrase[k].BusinessName).Distinct().Take(5)];

    private static Dictionary<string, CareUnit> IndexPhrases()
    {
        var index = new Dictionary<string, CareUnit>();
        foreach (var unit in Units)
        foreach (var key in unit.Phrases.Select(PhraseKey.Of))
        {
            if (!index.TryAdd(key, unit) && index[key] != unit)
                throw new InvalidOperationException(
                    $"Enhetskatalogen är fel: '{key}' betyder både {index[key].DisplayName} och {unit.DisplayName}.");
        }
        return index;
    }
}
