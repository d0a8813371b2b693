using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Reading and making references; organisations are referenced by HSA-id.</summary>
public static class References
{
    /// <summary>The id in "Type/id", a full URL ending in it, or a bare id; null when absent or of another type.</summary>
    public static string? IdOf(ResourceReference? reference, string type) => IdOf(reference?.Reference, type);

    public static string? IdOf(string? reference, string type)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var parts = reference.Trim().TrimEnd('/').Split('/');
        if (parts.Length == 1)
        {
            return parts[0];
        }
        return parts[^2] == type ? parts[^1] : null;
    }

    public static ResourceReference Organization(string hsaId, string? name) =>
        new($"Organization/{hsaId}") { Display = name };

    public static ResourceReference To(string type, string id) => new($"{type}/{id}");
}
