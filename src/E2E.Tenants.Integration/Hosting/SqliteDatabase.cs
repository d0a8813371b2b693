using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Hosting;

/// <summary>Each tenant keeps its data in its own SQLite file, as each real system has its own database.</summary>
public static class SqliteDatabase
{
    public static IServiceCollection AddSqliteDb<TDb>(this IServiceCollection services, string path) where TDb : DbContext =>
        services.AddDbContext<TDb>(o => o.UseSqlite($"Data Source={path};Default Timeout=30"));

    /// <summary>Creates the schema if needed; WAL lets the background workers read while a request writes.</summary>
    public static async Task EnsureCreatedAsync<TDb>(this WebApplication app, CancellationToken ct) where TDb : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        await db.Database.EnsureCreatedAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
