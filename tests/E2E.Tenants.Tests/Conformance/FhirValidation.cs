using System.Text.Json;
using FluentAssertions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;

namespace E2E.Tenants.Tests.Conformance;

/// <summary>
/// Firely's offline checks on an answer of the FHIR API: the strict (validating) R4 deserializer reads it, and the
/// POCO validation (PocoValidationExtensions.Validate: cardinality, required elements, value formats, invariants,
/// recursively; the successor of DotNetAttributeValidation) finds nothing.
/// </summary>
public static class FhirValidation
{
    private static readonly JsonSerializerOptions Strict = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static async Task<T> ValidAsync<T>(HttpResponseMessage response) where T : Resource
    {
        using (response)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+json");
            var resource = JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), Strict)!;
            Problems(resource).Should().BeEmpty($"{resource.TypeName} should pass Firely's validation");
            return resource;
        }
    }

    public static IReadOnlyList<string> Problems(Resource resource)
    {
        var issues = resource.Validate(ModelInfo.ModelInspector, validateRecursively: true);
        return [.. issues.Select(i => i.Message)];
    }
}
