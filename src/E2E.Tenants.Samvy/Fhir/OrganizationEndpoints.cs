using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>
/// Organization read and search (name, name:contains, identifier): exactly the units Samvy's recipient picker
/// offers today, each with its inbox, never a Samvy inbox of a unit that is not live (rule 5).
/// </summary>
public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("Organization/{id}", async (string id, IntegrationClient directory, CancellationToken ct) =>
            await directory.RecipientAsync(SystemNames.Samvy, id, ct) is { } unit
                ? FhirResults.Resource(unit.ToFhir())
                : FhirResults.NotFound("Organization", id));
        fhir.MapGet("Organization", async (string? name, string? identifier, HttpRequest request, IntegrationClient directory, CancellationToken ct) =>
        {
            var contains = request.Query["name:contains"].FirstOrDefault();
            var units = (await directory.RecipientsAsync(SystemNames.Samvy, ct)).Where(u => u.NameMatches(name, contains));
            if (identifier is not null)
            {
                var (system, value) = PatientEndpoints.Token(identifier);
                units = units.Where(u => system switch
                {
                    null => u.HsaId == value || u.Inkorg == value,
                    FhirConstants.HsaIdSystem => u.HsaId == value,
                    OrganizationMapping.InboxSystem => u.Inkorg == value,
                    _ => false,
                });
            }
            return FhirResults.SearchSet(request.BaseUrl(), units.Select(u => u.ToFhir()));
        });
        return fhir;
    }
}
