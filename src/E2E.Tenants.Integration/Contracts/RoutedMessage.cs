namespace E2E.Tenants.Integration.Contracts;

/// <summary>A system-neutral notice the integration carries from the sender's system to the recipient's.</summary>
public sealed record RoutedMessage(
    string MeddelandeId,
    string AvsandarSystem,
    string Typ,
    string AvsandareHsaId,
    string AvsandareNamn,
    string MottagareHsaId,
    RoutedPatient Patient,
    DateOnly BeraknatUtskrivningsdatum,
    DateTime Skickad);

public sealed record RoutedPatient(
    string Personnummer, string Fornamn, string Efternamn, string Gatuadress, string Postnummer, string Postort);

public static class MessageTypes
{
    /// <summary>Machine code (FHIR category code, routing type); UIs show <see cref="AdmissionDisplay"/>.</summary>
    public const string Admission = "inskrivningsmeddelande";
    public const string AdmissionDisplay = "Inskrivningsmeddelande";
}
