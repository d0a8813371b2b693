using E2E.Organisation;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Directory;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// Everyone who may log in: the shared <see cref="StaffCatalogue"/> for catalogue units, plus the demo user of each
/// unit a test added at run time. Each assignment carries its unit's system on the given date (the directory's
/// <see cref="SystemChoice"/> decides, so logins follow the same rule set and faults as routing). SAMSA's system
/// administrator (<see cref="SamsaAdministration"/>) is listed too: that assignment is always in SAMSA.
/// </summary>
public static class StaffRoster
{
    public static async Task<IReadOnlyList<PersonAssignmentsDto>> ForDateAsync(
        IntegrationDb db, SystemChoice choice, DateOnly date, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.HsaId, ct);
        var added = units.Values.Where(u => UnitCatalogue.FindByHsaId(u.HsaId) is null)
            .Select(u => StaffCatalogue.DemoUserFor(u.HsaId, u.Typ));
        return [.. StaffCatalogue.All.Concat(added).Append(SamsaAdministration.Administrator)
            .Select(person => WithAssignments(person, units, choice, date))
            .Where(person => person.Uppdrag.Count > 0)];
    }

    /// <summary>One person, as every login and token request asks: no need to build the whole roster for it.</summary>
    public static async Task<PersonAssignmentsDto?> ForPersonAsync(
        IntegrationDb db, SystemChoice choice, string personHsaId, DateOnly date, CancellationToken ct)
    {
        if ((StaffCatalogue.FindByHsaId(personHsaId) ?? Administrator(personHsaId)) is not { } person)
            return (await ForDateAsync(db, choice, date, ct)).FirstOrDefault(p => p.HsaId == personHsaId); // a unit added at run time
        var ids = person.Assignments.Select(a => a.UnitHsaId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.HsaId)).ToDictionaryAsync(u => u.HsaId, ct);
        return WithAssignments(person, units, choice, date) is { Uppdrag.Count: > 0 } found ? found : null;
    }

    private static StaffMember? Administrator(string personHsaId) =>
        SamsaAdministration.Administrator.HsaId == personHsaId ? SamsaAdministration.Administrator : null;

    private static PersonAssignmentsDto WithAssignments(
        StaffMember person, Dictionary<string, UnitRecord> units, SystemChoice choice, DateOnly date) =>
        new(person.HsaId, person.Name, [.. person.Assignments
            .Select(a => ToDto(a, units, choice, date)).OfType<AssignmentDto>()]);

    /// <summary>The assignment with its system today; null for a unit the directory does not hold (any more).</summary>
    private static AssignmentDto? ToDto(StaffAssignment assignment, Dictionary<string, UnitRecord> units, SystemChoice choice, DateOnly date) =>
        SamsaAdministration.IsAdministration(assignment.UnitHsaId)
            ? new(assignment.UnitHsaId, SamsaAdministration.Name, assignment.Role, SystemNames.Samsa)
            : units.TryGetValue(assignment.UnitHsaId, out var unit)
                ? new(unit.HsaId, unit.Namn, assignment.Role, choice.SystemOn(unit, date))
                : null;
}
