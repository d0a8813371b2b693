using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>FHIR JSON responses: resources, search bundles and OperationOutcome errors.</summary>
public static class FhirResults
{
    public static IResult Resource(Resource resource, int status = 200, string? location = null) =>
        new FhirJsonResult(FhirJson.Serialize(resource), status, location);

    public static IResult Outcome(int status, OperationOutcome.IssueType code, string message) =>
        Resource(new OperationOutcome
        {
            Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = code, Diagnostics = message }],
        }, status);

    public static IResult NotFound(string type, string id) =>
        Outcome(404, OperationOutcome.IssueType.NotFound, $"{type}/{id} finns inte.");

    public static IResult SearchSet(Uri baseUrl, IEnumerable<Resource> resources)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Id = Guid.NewGuid().ToString("N") };
        foreach (var resource in resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = new Uri(baseUrl, $"{resource.TypeName}/{resource.Id}").ToString(),
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }
        bundle.Total = bundle.Entry.Count;
        return Resource(bundle);
    }

    private sealed class FhirJsonResult(string json, int status, string? location) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = FhirConstants.ContentType + "; charset=utf-8";
            if (location is not null)
            {
                http.Response.Headers.Location = location;
            }
            await http.Response.WriteAsync(json);
        }
    }
}
