using E2E.Tenants.Samvy.Identity;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>The FHIR R4 API at fhir/: every refusal becomes an OperationOutcome.</summary>
public static class FhirApi
{
    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("fhir").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (FhirRequestException ex)
            {
                return FhirResults.Outcome(ex.Status, ex.Code, ex.Message);
            }
        });
        fhir.MapMetadata();
        fhir.MapPatients();
        fhir.MapIdentityLinking();
        fhir.MapEncounters();
        fhir.MapEpisodesOfCare();
        fhir.MapCommunications();
        fhir.MapOrganizations();
        fhir.MapDocuments();
        fhir.MapCarePlans();
        fhir.MapFlags();
        fhir.Map("{type}/{**rest}", (string type) =>
            FhirResults.Outcome(404, OperationOutcome.IssueType.NotSupported, $"Resurstypen eller operationen {type} stöds inte."));
        return app;
    }

    /// <summary>The API's own base address, for fullUrl in bundles.</summary>
    public static Uri BaseUrl(this HttpRequest request) => new($"{request.Scheme}://{request.Host}/fhir/");

    public static async Task<T> ReadResourceAsync<T>(this HttpRequest request, CancellationToken ct) where T : Resource
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        return FhirJson.Parse<T>(json);
    }
}
