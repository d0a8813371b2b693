using E2E.Drivers.Directory;
using E2E.Organisation;

namespace E2E.Drivers.Actors;

/// <summary>Finds the person who does a thing at a unit, from the shared staff catalogue (the tenants seed the same one).</summary>
public static class Staff
{
    /// <summary>
    /// The unit's first person with the role; without a role, the unit's own profession (a nurse on a ward or in home
    /// care, a needs assessor among the needs assessors). Unknown role at the unit → a Swedish message naming the roles.
    /// </summary>
    public static Actor At(KnownUnit unit, string? role = null)
    {
        var wanted = role ?? StaffRoles.For(unit.Type)[0];
        var staff = StaffCatalogue.AtUnit(unit.HsaId);
        var person = staff.FirstOrDefault(s => s.Assignments.Any(a => a.UnitHsaId == unit.HsaId && a.Role == wanted));
        if (person is not null) return new Actor(person, wanted, unit);
        var roles = staff.SelectMany(s => s.Assignments).Where(a => a.UnitHsaId == unit.HsaId).Select(a => a.Role).Distinct();
        throw new InvalidOperationException(
            $"Personalkatalogen har ingen med rollen {wanted.ToLowerInvariant()} på {unit.DisplayName}. Roller där: {string.Join(", ", roles)}.");
    }

    /// <summary>SAMSA's system administrator (P13), whose assignment is at the administration, not at a care unit.</summary>
    public static Actor SamsaAdministrator { get; } = new(SamsaAdministration.Administrator, StaffRoles.SystemAdministrator,
        new KnownUnit(SamsaAdministration.Name, SamsaAdministration.HsaId, SamsaAdministration.Name, "Förvaltning", string.Empty));
}
