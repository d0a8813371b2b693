using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Data;

public sealed class IntegrationDb(DbContextOptions<IntegrationDb> options) : DbContext(options)
{
    public DbSet<UnitRecord> Units => Set<UnitRecord>();
    public DbSet<DemoUserRecord> DemoUsers => Set<DemoUserRecord>();
    public DbSet<RoutedMessageRecord> RoutedMessages => Set<RoutedMessageRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<UnitRecord>(e => e.HasKey(x => x.HsaId));
        model.Entity<DemoUserRecord>(e => e.HasIndex(x => x.EnhetHsaId));
        model.Entity<RoutedMessageRecord>(e =>
        {
            // The idempotency key: a repeated hand-over from an outbox is recognised, never delivered twice.
            e.HasIndex(x => new { x.SourceSystem, x.SourceMessageId }).IsUnique();
            e.HasIndex(x => new { x.DeliveredAt, x.Dropped, x.DueAt });
        });
    }
}
