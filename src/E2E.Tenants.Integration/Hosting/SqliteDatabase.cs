using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Hosting;

/// <summary>Each tenant keeps its data in its own SQLite file, as each real system has its own database.</summary>
public static class SqliteDatabase
{
    public static IServiceCollection AddSqliteDb<TDb>(this IServiceCollection services, string path) where TDb : DbContext =>
        services.AddDbContext<TDb>(o => o.UseSqlite($"Data Source={path};Default Timeout=30"));

    /// <summary>
    /// Creates the schema if needed; WAL lets the background workers read while a request writes. The schema is
    /// created, not migrated, so a kept database from another version is refused by name instead of failing later
    /// on a missing column: its fingerprint of the create script must match this version's.
    /// </summary>
    public static async Task EnsureCreatedAsync<TDb>(this WebApplication app, CancellationToken ct) where TDb : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript())));
        var created = await db.Database.EnsureCreatedAsync(ct);
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"Schemaversion\" (\"Fingeravtryck\" TEXT NOT NULL);", ct);
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Fingeravtryck\" AS \"Value\" FROM \"Schemaversion\"").ToListAsync(ct);
        if (created)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Schemaversion\" (\"Fingeravtryck\") VALUES ({fingerprint});", ct);
        }
        else if (!stored.Contains(fingerprint))
        {
            throw new KeptDataMismatchException(db.Database.GetDbConnection().DataSource);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

/// <summary>A kept tenant database was created by another version of the tenants and does not fit this one.</summary>
public sealed class KeptDataMismatchException(string path) : InvalidOperationException(
    $"Databasen {path} är skapad av en annan version av de simulerade tenanterna och passar inte den här. " +
    "Starta utan --behall-data (eller töm datakatalogen) så skapas den på nytt.");
