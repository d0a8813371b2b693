namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// A system-neutral notice the integration carries from the sender's system to the recipient's. Fields that only
/// some message types use are null otherwise (see <see cref="MessageTypes"/>).
/// </summary>
public sealed record RoutedMessage(
    string MeddelandeId,
    string AvsandarSystem,
    string Typ,
    string AvsandareHsaId,
    string AvsandareNamn,
    string MottagareHsaId,
    RoutedPatient Patient,
    DateOnly? BeraknatUtskrivningsdatum,
    DateTime Skickad)
{
    /// <summary>An admission notice that changes an earlier estimate (sent to the same recipients).</summary>
    public bool Uppdatering { get; init; }

    /// <summary>SIP meeting time (kallelse) or discharge time (utskrivningsmeddelande), UTC.</summary>
    public DateTime? Tidpunkt { get; init; }

    /// <summary>SIP participants (kallelse).</summary>
    public IReadOnlyList<string>? Deltagare { get; init; }

    /// <summary>The coordination case in its owner's system, "System:id" (rule 3: the other system gets a reference).</summary>
    public string? Arende { get; init; }

    /// <summary>Files on the message (P08); null or empty when there are none.</summary>
    public IReadOnlyList<RoutedAttachment>? Bilagor { get; init; }

    /// <summary>Set when the reserve routine carried the message through an outage: when it took it over, UTC.</summary>
    public DateTime? Reservrutin { get; init; }
}

public sealed record RoutedPatient(
    string Personnummer, string Fornamn, string Efternamn, string Gatuadress, string Postnummer, string Postort);
