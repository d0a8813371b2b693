using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>Firely's System.Text.Json (de)serializers for R4, behind two small methods.</summary>
public static class FhirJson
{
    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    public static string Serialize(Resource resource) => Serializer.SerializeToString(resource);

    /// <summary>Builds Firely's model metadata now (seconds on a busy machine) rather than in the first request.</summary>
    public static void Warm() => Parse<Patient>(Serialize(new Patient { Id = "uppvarmning" }));

    /// <summary>Parses a resource of the expected type, or explains in Swedish why it could not.</summary>
    public static T Parse<T>(string json) where T : Resource
    {
        Resource resource;
        try
        {
            resource = Deserializer.DeserializeResource(json);
        }
        catch (Exception ex) when (ex is DeserializationFailedException or System.Text.Json.JsonException or FormatException)
        {
            throw new FhirRequestException(400, OperationOutcome.IssueType.Structure, $"Resursen kunde inte läsas: {ex.Message}");
        }
        return resource as T ?? throw new FhirRequestException(
            400, OperationOutcome.IssueType.Invalid, $"Förväntade en {typeof(T).Name}, fick {resource.TypeName}.");
    }
}
