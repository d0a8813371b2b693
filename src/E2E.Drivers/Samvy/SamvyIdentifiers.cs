namespace E2E.Drivers.Samvy;

/// <summary>How Samvy's FHIR API refers to things (see the tenants README).</summary>
public static class SamvyIdentifiers
{
    public static string Organization(string hsaId) => $"Organization/{hsaId}";
}
