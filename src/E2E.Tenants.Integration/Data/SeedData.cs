using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Data;

/// <summary>The units and demo users every start and every reset begins with (see the tenant README).</summary>
public static class SeedData
{
    private static readonly DateOnly SouthGoLive = new(2024, 11, 12);

    public static readonly IReadOnlyList<UnitUpsert> Units =
    [
        new("SE2321000131-E000000000321", "Avdelning 32, NÄL", "avdelning", "Trollhättan", SouthGoLive),
        new("SE2321000131-E000000000511", "Avdelning 51, Sahlgrenska", "avdelning", "Göteborg", null),
        new("SE2321000131-E000000001001", "Hemsjukvården Lerums kommun", "hemsjukvard", "Lerum", null),
        new("SE2321000131-E000000001002", "Hemsjukvården Alingsås kommun", "hemsjukvard", "Alingsås", SouthGoLive),
    ];

    /// <summary>Names for demo users, handed out in order as units appear.</summary>
    private static readonly string[] Names =
    [
        "Anna Lindqvist", "Erik Johansson", "Maria Karlsson", "Lars Nilsson", "Sara Andersson",
        "Johan Berg", "Elin Svensson", "Mikael Persson", "Karin Olsson", "Peter Gustafsson",
    ];

    public static async Task ApplyAsync(IntegrationDb db, CancellationToken ct)
    {
        await UpsertUnitsAsync(db, Units, ct);
    }

    /// <summary>Upserts units and gives each unit without one a demo user (role Sjuksköterska).</summary>
    public static async Task UpsertUnitsAsync(IntegrationDb db, IEnumerable<UnitUpsert> units, CancellationToken ct)
    {
        foreach (var unit in units)
        {
            var record = await db.Units.FindAsync([unit.HsaId], ct);
            if (record is null)
            {
                record = new UnitRecord { HsaId = unit.HsaId, Namn = unit.Namn, Typ = unit.Typ, Kommun = unit.Kommun };
                db.Units.Add(record);
            }
            (record.Namn, record.Typ, record.Kommun, record.DriftsattFran) = (unit.Namn, unit.Typ, unit.Kommun, unit.DriftsattFran);
            if (!await db.DemoUsers.AnyAsync(u => u.EnhetHsaId == unit.HsaId, ct)
                && !db.DemoUsers.Local.Any(u => u.EnhetHsaId == unit.HsaId))
            {
                var index = await db.DemoUsers.CountAsync(ct)
                    + db.ChangeTracker.Entries<DemoUserRecord>().Count(e => e.State == EntityState.Added);
                db.DemoUsers.Add(new DemoUserRecord { Namn = NameFor(index), Roll = "Sjuksköterska", EnhetHsaId = unit.HsaId });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static string NameFor(int index) =>
        index < Names.Length ? Names[index] : $"{Names[index % Names.Length]} {index / Names.Length + 1}";
}
