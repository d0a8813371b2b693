using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Data;

public sealed class SamvyDb(DbContextOptions<SamvyDb> options) : DbContext(options)
{
    public DbSet<StoredPatient> Patients => Set<StoredPatient>();
    public DbSet<StoredEncounter> Encounters => Set<StoredEncounter>();
    public DbSet<StoredEpisode> Episodes => Set<StoredEpisode>();
    public DbSet<StoredCommunication> Communications => Set<StoredCommunication>();
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<StoredCarePlan> CarePlans => Set<StoredCarePlan>();
    public DbSet<ExternalReference> References => Set<ExternalReference>();
    public DbSet<OutboxItem> Outbox => Set<OutboxItem>();
    public DbSet<PaymentEventRecord> PaymentEvents => Set<PaymentEventRecord>();
    public DbSet<IdentityLinkRecord> IdentityLinks => Set<IdentityLinkRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StoredPatient>(e => e.HasIndex(x => x.Personnummer).IsUnique());
        model.Entity<StoredEncounter>(e => e.HasIndex(x => new { x.PatientId, x.EnhetHsaId }));
        model.Entity<StoredEpisode>(e =>
        {
            e.HasIndex(x => x.EncounterId).IsUnique();
            e.HasIndex(x => x.PatientId);
            e.HasIndex(x => x.CarriedFrom).IsUnique(); // one takeover per SAMSA case, however often the event comes
        });
        model.Entity<StoredCommunication>(e =>
        {
            e.HasIndex(x => x.EncounterId);
            e.HasIndex(x => new { x.RecipientHsaId, x.Received });
            e.HasIndex(x => x.PatientId);
            e.HasIndex(x => x.ExternalId).IsUnique();
        });
        model.Entity<StoredDocument>(e => e.HasIndex(x => x.CommunicationId));
        model.Entity<StoredCarePlan>(e =>
        {
            e.HasIndex(x => new { x.Personnummer, x.Arende });
            e.HasIndex(x => x.CarriedFrom).IsUnique(); // one takeover per SAMSA SIP
        });
        model.MapExternalReferences();
        model.MapOutbox();
        model.MapPaymentEvents();
        model.MapIdentityLinks();
    }

    /// <summary>Empties Samvy (test-only reset); the schema stays.</summary>
    public async Task EmptyAsync(CancellationToken ct)
    {
        await Outbox.ExecuteDeleteAsync(ct);
        await IdentityLinks.ExecuteDeleteAsync(ct);
        await PaymentEvents.ExecuteDeleteAsync(ct);
        await Documents.ExecuteDeleteAsync(ct);
        await References.ExecuteDeleteAsync(ct);
        await CarePlans.ExecuteDeleteAsync(ct);
        await Communications.ExecuteDeleteAsync(ct);
        await Episodes.ExecuteDeleteAsync(ct);
        await Encounters.ExecuteDeleteAsync(ct);
        await Patients.ExecuteDeleteAsync(ct);
    }
}
