namespace E2E.Drivers.Samvy;

/// <summary>Identifier systems and extensions that Samvy's FHIR API uses (see the tenants README).</summary>
public static class SamvyIdentifiers
{
    public const string HsaId = "urn:oid:1.2.752.129.2.1.4.1";
    public const string AdmissionNoticeCategory = "inskrivningsmeddelande";
    public const string EstimatedDischargeExtension =
        "https://e2e.vgregion.example/fhir/StructureDefinition/beraknat-utskrivningsdatum";

    public static string Organization(string hsaId) => $"Organization/{hsaId}";
}
