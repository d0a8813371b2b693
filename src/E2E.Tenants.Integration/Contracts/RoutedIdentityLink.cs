namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// A sammankoppling made in one system, carried by the integration to the other so the patient is linked in both.
/// <see cref="LankId"/> is the idempotency key (unique per sender system).
/// </summary>
public sealed record RoutedIdentityLink(
    string LankId, string AvsandarSystem, string ReservnummerOid, string Reservnummer, string Personnummer, DateTime Kopplad)
{
    public string ReserveKey => PatientIdentity.ReserveKey(ReservnummerOid, Reservnummer);

    public string OtherSystem => AvsandarSystem == SystemNames.Samsa ? SystemNames.Samvy : SystemNames.Samsa;
}
