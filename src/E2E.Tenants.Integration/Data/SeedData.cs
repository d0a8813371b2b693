using E2E.Organisation;
using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Data;

/// <summary>
/// The units and demo users every start and every reset begins with (see the tenant README): every unit of the
/// shared organisation catalogue (E2E.Organisation), so the suite and the tenants agree on names and HSA-ids.
/// </summary>
public static class SeedData
{
    public static readonly IReadOnlyList<UnitUpsert> Units =
        [.. UnitCatalogue.All.Select(u => new UnitUpsert(u.HsaId, u.DisplayName, u.Kind, u.Municipality, u.LiveFrom))];

    public static async Task ApplyAsync(IntegrationDb db, CancellationToken ct)
    {
        await UpsertUnitsAsync(db, Units, ct);
    }

    /// <summary>
    /// Upserts units and gives each unit without one a demo user: its first member of staff in the shared
    /// <see cref="StaffCatalogue"/>. Reads the tables once, so seeding hundreds of units stays quick.
    /// </summary>
    public static async Task UpsertUnitsAsync(IntegrationDb db, IEnumerable<UnitUpsert> units, CancellationToken ct)
    {
        var wanted = units.ToList();
        var ids = wanted.Select(u => u.HsaId).ToList();
        var records = await db.Units.Where(u => ids.Contains(u.HsaId)).ToDictionaryAsync(u => u.HsaId, ct);
        var withUser = (await db.DemoUsers.Select(u => u.EnhetHsaId).Distinct().ToListAsync(ct)).ToHashSet();

        foreach (var unit in wanted)
        {
            if (!records.TryGetValue(unit.HsaId, out var record))
            {
                record = new UnitRecord { HsaId = unit.HsaId, Namn = unit.Namn, Typ = unit.Typ, Kommun = unit.Kommun };
                records[unit.HsaId] = record;
                db.Units.Add(record);
            }
            (record.Namn, record.Typ, record.Kommun, record.DriftsattFran) = (unit.Namn, unit.Typ, unit.Kommun, unit.DriftsattFran);
            if (withUser.Add(unit.HsaId))
            {
                var person = StaffCatalogue.DemoUserFor(unit.HsaId, unit.Typ);
                db.DemoUsers.Add(new DemoUserRecord { Namn = person.Name, Roll = person.Role, EnhetHsaId = unit.HsaId });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
