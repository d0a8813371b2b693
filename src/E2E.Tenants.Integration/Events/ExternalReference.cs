using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Events;

/// <summary>
/// What one system knows of a case or SIP that lives in the other system, kept up to date by the integration's
/// events. Both tenants store it in their own database (table "Referenser"); SAMSA's case page and Samvy's chart
/// show it, and the second-SIP check and the "SAMSA-ärende pågår" flag read it.
/// </summary>
public sealed class ExternalReference
{
    public int Id { get; set; }
    public required string Typ { get; set; }
    public required string Objekt { get; set; }
    public required string System { get; set; }
    public required string Personnummer { get; set; }
    public required string Arende { get; set; }
    public required string Status { get; set; }
    public required string EnhetHsaId { get; set; }
    public required string EnhetNamn { get; set; }
    public DateTime? Motestid { get; set; }
    public string Deltagare { get; set; } = string.Empty;
    public DateTime Tidpunkt { get; set; }

    public IReadOnlyList<string> Participants => Deltagare.Length == 0 ? [] : Deltagare.Split('\n');
}

public static class ExternalReferenceModel
{
    public static void MapExternalReferences(this ModelBuilder model) =>
        model.Entity<ExternalReference>(e =>
        {
            e.ToTable("Referenser");
            e.HasIndex(x => new { x.Typ, x.Objekt }).IsUnique();
            e.HasIndex(x => x.Personnummer);
        });
}
