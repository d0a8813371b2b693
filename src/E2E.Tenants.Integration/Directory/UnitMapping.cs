using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;

namespace E2E.Tenants.Integration.Directory;

public static class UnitMapping
{
    /// <summary>The unit with its system and inbox for the given date (rule set samexistens-standard).</summary>
    public static UnitDto ToDto(this UnitRecord unit, DateOnly date)
    {
        var system = SystemNames.ForDate(unit.DriftsattFran, date);
        return new UnitDto(unit.HsaId, unit.Namn, unit.Typ, unit.Kommun, system, unit.DriftsattFran, $"{system}:{unit.HsaId}");
    }
}
