namespace E2E.Drivers.Samvy;

/// <summary>How Samvy's FHIR API refers to things (see the tenants README).</summary>
public static class SamvyIdentifiers
{
    /// <summary>Identifier system of an Organization's inbox; its type text says which ("Samvy-inkorg", …).</summary>
    public const string InboxSystem = "https://e2e.vgregion.example/fhir/NamingSystem/inkorg";

    public static string Organization(string hsaId) => $"Organization/{hsaId}";
}
