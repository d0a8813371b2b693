namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// A change of a shared object (a coordination case or a SIP) in one system that the other system must be able to
/// see as a reference (rules 3 and 4, P06, P09). Carried like messages: outbox, integration, idempotent receiver.
/// </summary>
/// <param name="Typ"><see cref="EventObjects.Case"/> or <see cref="EventObjects.Sip"/>.</param>
/// <param name="Objekt">The object in its owner's system, "System:id".</param>
/// <param name="Arende">The case (episode) the object belongs to, "System:id"; for a case its own reference.</param>
/// <param name="Status"><see cref="EventObjects.Active"/>, <see cref="EventObjects.Closed"/> or, when SAMSA is
/// decommissioned, <see cref="EventObjects.CarriedOver"/> (the receiver takes the object over).</param>
public sealed record RoutedEvent(
    string AvsandarSystem, string Typ, string Objekt, string Personnummer, string Arende, string Status,
    string EnhetHsaId, string EnhetNamn, DateTime? Motestid, IReadOnlyList<string> Deltagare, DateTime Tidpunkt)
{
    /// <summary>A carried-over object: the patient, so that the receiving system can register them.</summary>
    public RoutedPatient? Patient { get; init; }

    /// <summary>A carried-over case: when the patient was admitted (UTC), the start of the stay the case follows.</summary>
    public DateTime? Inskriven { get; init; }

    /// <summary>The object this one was carried over from ("System:id"), so that its old system can point to it.</summary>
    public string? Ursprung { get; init; }

    /// <summary>The idempotency key: one event per object and state, however often it is handed over.</summary>
    public string HandelseId => $"{Typ}:{Status}:{Objekt}";

    /// <summary>The system that owns the object, read from its reference.</summary>
    public static string SystemOf(string reference) => reference.Split(':', 2)[0];
}

/// <summary>Vocabulary of <see cref="RoutedEvent"/>.</summary>
public static class EventObjects
{
    public const string Case = "arende";
    public const string Sip = "sip";
    public const string Active = "aktiv";
    public const string Closed = "avslutad";
    public const string CarriedOver = "overford";

    /// <summary>A closed or carried-over object never turns active again, whatever order events arrive in.</summary>
    public static bool IsFinal(string status) => status is Closed or CarriedOver;
}
