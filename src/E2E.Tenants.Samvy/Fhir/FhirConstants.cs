namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Identifier systems, code systems and extensions Samvy's FHIR API speaks (see the tenant README).</summary>
public static class FhirConstants
{
    public const string PersonnummerSystem = "urn:oid:1.2.752.129.2.1.3.1";
    public const string SamordningsnummerSystem = "urn:oid:1.2.752.129.2.1.3.3";
    public const string HsaIdSystem = "urn:oid:1.2.752.129.2.1.4.1";
    public const string MessageTypeSystem = "https://e2e.vgregion.example/fhir/CodeSystem/meddelandetyp";
    public const string EstimatedDischargeExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/beraknat-utskrivningsdatum";

    /// <summary>Extensions of a Communication for the other message types and the message states (see the README).</summary>
    public const string EstimateUpdateExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/andrat-utskrivningsdatum";
    public const string SipMeetingExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/sip-motestid";
    public const string SipParticipantExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/sip-deltagare";
    public const string DischargeTimeExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/utskrivningstid";
    public const string CaseReferenceExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/samordningsarende";

    /// <summary>On a CarePlan, EpisodeOfCare or Encounter taken over from SAMSA at decommissioning: where it came from ("SAMSA:id").</summary>
    public const string CarriedOverFromExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/overford-fran-samsa";
    public const string MessageStateExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/meddelandestatus";
    public const string ReadExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/last";
    public const string AcknowledgedExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/kvitterad";
    /// <summary>SHA-256 (hex) of an attachment's content; R4's Attachment.hash is SHA-1, so it is carried beside it.</summary>
    public const string Sha256Extension = "https://e2e.vgregion.example/fhir/StructureDefinition/sha256";

    /// <summary>When the integration's reserve routine took the message over during an outage (valueDateTime).</summary>
    public const string ReserveRoutineExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/reservrutin";
    public const string MessageStateSystem = "https://e2e.vgregion.example/fhir/CodeSystem/meddelandestatus";

    /// <summary>Marks a Communication that came through the integration: "System:id" in the sender's system.</summary>
    public const string IntegrationMessageSystem = "https://e2e.vgregion.example/fhir/NamingSystem/integrationsmeddelande";

    public const string ContentType = "application/fhir+json";
}
