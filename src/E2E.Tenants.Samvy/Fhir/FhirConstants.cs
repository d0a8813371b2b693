namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Identifier systems, code systems and extensions Samvy's FHIR API speaks (see the tenant README).</summary>
public static class FhirConstants
{
    public const string PersonnummerSystem = "urn:oid:1.2.752.129.2.1.3.1";
    public const string HsaIdSystem = "urn:oid:1.2.752.129.2.1.4.1";
    public const string MessageTypeSystem = "https://e2e.vgregion.example/fhir/CodeSystem/meddelandetyp";
    public const string EstimatedDischargeExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/beraknat-utskrivningsdatum";

    /// <summary>Marks a Communication that came through the integration: "System:id" in the sender's system.</summary>
    public const string IntegrationMessageSystem = "https://e2e.vgregion.example/fhir/NamingSystem/integrationsmeddelande";

    public const string ContentType = "application/fhir+json";
}
