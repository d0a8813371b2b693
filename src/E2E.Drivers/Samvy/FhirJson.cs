using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace E2E.Drivers.Samvy;

/// <summary>Firely's System.Text.Json support for FHIR R4 POCOs, over a plain HttpClient.</summary>
internal static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static HttpContent Content(Resource resource)
    {
        var content = new StringContent(JsonSerializer.Serialize(resource, resource.GetType(), Options), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        return content;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) where T : Resource =>
        JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), Options)
        ?? throw new InvalidOperationException($"Samvy svarade utan {typeof(T).Name}.");
}
