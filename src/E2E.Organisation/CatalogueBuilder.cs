using E2E.Organisation.Data;

namespace E2E.Organisation;

/// <summary>
/// Turns the data tables into units with HSA-ids. Region units: SE2321000131-E + 12 digits (wards "3" + hospital
/// code + ward number, primary care "4" + code). Municipal units: SE + organisation number + -E0…0100 (home care)
/// or -E0…0200 (needs assessment). The kept P04 units come first, with their ids, names and live-from dates.
/// </summary>
internal static class CatalogueBuilder
{
    private const string RegionPrefix = $"SE{OrganisationNumber.Region}-E";

    public static IReadOnlyList<CareUnit> Build()
    {
        IEnumerable<CareUnit> units = [.. Wards(), .. MunicipalUnits(), .. PrimaryCare()];
        string[] kept = [KeptUnits.NalWard32, KeptUnits.SahlgrenskaWard51, KeptUnits.LerumHomeCare, KeptUnits.AlingsasHomeCare];
        return [.. units.OrderBy(u => Array.IndexOf(kept, u.HsaId) is var i && i >= 0 ? i : kept.Length)];
    }

    private static IEnumerable<CareUnit> Wards() =>
        from hospital in HospitalTable.Rows
        from ward in hospital.Wards
        let id = KeptUnits.WardId(hospital.ShortName, ward) ?? $"{RegionPrefix}3{hospital.Code:D2}{ward:D9}"
        select Unit(id, $"Avdelning {ward}, {hospital.ShortName}", UnitKinds.Ward, hospital.Municipality,
            UnitPhrases.Ward(hospital, ward));

    private static IEnumerable<CareUnit> MunicipalUnits()
    {
        foreach (var m in MunicipalityTable.Rows)
        {
            var homeCareId = KeptUnits.HomeCareId(m.Name) ?? $"SE{m.OrganisationNumber}-E000000000100";
            yield return Unit(homeCareId, m.HomeCareName, UnitKinds.HomeCare, m.Name, UnitPhrases.HomeCare(m));
            yield return Unit($"SE{m.OrganisationNumber}-E000000000200", m.NeedsAssessmentName,
                UnitKinds.NeedsAssessment, m.Name, UnitPhrases.NeedsAssessment(m));
        }
    }

    private static IEnumerable<CareUnit> PrimaryCare() =>
        from centre in PrimaryCareTable.Rows
        select Unit($"{RegionPrefix}4{centre.Code:D11}", $"Vårdcentralen {centre.Name}", UnitKinds.PrimaryCare,
            centre.Municipality, UnitPhrases.PrimaryCare(centre));

    private static CareUnit Unit(string hsaId, string displayName, string kind, string municipality, IReadOnlyList<string> phrases)
    {
        var distinct = phrases.Append(displayName).DistinctBy(PhraseKey.Of).ToArray();
        return new CareUnit(hsaId, displayName, kind, municipality, distinct[0], distinct, KeptUnits.LiveFrom(hsaId));
    }
}
