using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Data;

public sealed class SamsaDb(DbContextOptions<SamsaDb> options) : DbContext(options)
{
    public DbSet<Patient> Patienter => Set<Patient>();
    public DbSet<Vardtillfalle> Vardtillfallen => Set<Vardtillfalle>();
    public DbSet<Arende> Arenden => Set<Arende>();
    public DbSet<Meddelande> Meddelanden => Set<Meddelande>();
    public DbSet<Bilaga> Bilagor => Set<Bilaga>();
    public DbSet<BilagaInnehall> BilagaInnehall => Set<BilagaInnehall>();
    public DbSet<Sip> Sipar => Set<Sip>();
    public DbSet<ExternalReference> Referenser => Set<ExternalReference>();
    public DbSet<OutboxItem> Utkorg => Set<OutboxItem>();
    public DbSet<PaymentEventRecord> Betalningshandelser => Set<PaymentEventRecord>();
    public DbSet<IdentityLinkRecord> Sammankopplingar => Set<IdentityLinkRecord>();
    public DbSet<Avvecklingslage> Avveckling => Set<Avvecklingslage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Patient>(e => e.HasKey(x => x.Personnummer));
        model.Entity<Vardtillfalle>(e =>
        {
            e.HasIndex(x => x.EnhetHsaId);
            e.HasOne(x => x.Patient).WithMany().HasForeignKey(x => x.Personnummer);
        });
        model.Entity<Arende>(e =>
        {
            e.HasIndex(x => x.VardtillfalleId).IsUnique();
            e.HasIndex(x => x.AgareHsaId);
            e.HasOne(x => x.Vardtillfalle).WithMany().HasForeignKey(x => x.VardtillfalleId);
        });
        model.Entity<Meddelande>(e =>
        {
            e.HasIndex(x => x.ArendeId);
            e.HasIndex(x => new { x.MottagareHsaId, x.Mottagen });
            e.HasIndex(x => x.ExterntId).IsUnique();
            e.HasMany(x => x.Bilagor).WithOne().HasForeignKey(b => b.MeddelandeId);
            e.Navigation(x => x.Bilagor).AutoInclude();
        });
        model.Entity<BilagaInnehall>(e => e.HasKey(x => x.BilagaId));
        model.Entity<Bilaga>(e => e.HasOne(x => x.Innehall).WithOne().HasForeignKey<BilagaInnehall>(x => x.BilagaId));
        model.Entity<Sip>(e => e.HasIndex(x => new { x.Personnummer, x.ArendeId }));
        model.Entity<Avvecklingslage>(e => e.Property(x => x.Id).ValueGeneratedNever());
        model.MapExternalReferences();
        model.MapOutbox();
        model.MapPaymentEvents();
        model.MapIdentityLinks();
    }

    /// <summary>Empties SAMSA (test-only reset); the schema stays.</summary>
    public async Task EmptyAsync(CancellationToken ct)
    {
        await Avveckling.ExecuteDeleteAsync(ct);
        await Utkorg.ExecuteDeleteAsync(ct);
        await Sammankopplingar.ExecuteDeleteAsync(ct);
        await Betalningshandelser.ExecuteDeleteAsync(ct);
        await BilagaInnehall.ExecuteDeleteAsync(ct);
        await Bilagor.ExecuteDeleteAsync(ct);
        await Referenser.ExecuteDeleteAsync(ct);
        await Sipar.ExecuteDeleteAsync(ct);
        await Meddelanden.ExecuteDeleteAsync(ct);
        await Arenden.ExecuteDeleteAsync(ct);
        await Vardtillfallen.ExecuteDeleteAsync(ct);
        await Patienter.ExecuteDeleteAsync(ct);
    }
}
