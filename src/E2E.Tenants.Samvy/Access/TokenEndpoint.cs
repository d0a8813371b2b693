using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Access;

/// <summary>
/// POST oauth/token (form: grant_type=client_credentials, client_id, client_secret, person, enhet): Samvy's bearer
/// tokens for the FHIR API, OAuth-style; refusals as OperationOutcome in Swedish.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapSamvyToken(this IEndpointRouteBuilder app)
    {
        app.MapPost("oauth/token", async (HttpRequest request, TokenIssuer issuer, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
            {
                return FhirResults.Outcome(400, OperationOutcome.IssueType.Invalid, "Skicka begäran som formulär (application/x-www-form-urlencoded).");
            }
            var form = await request.ReadFormAsync(ct);
            if (form["grant_type"] != "client_credentials")
            {
                return FhirResults.Outcome(400, OperationOutcome.IssueType.NotSupported, "Endast grant_type=client_credentials stöds.");
            }
            var outcome = await issuer.IssueAsync(SystemNames.Samvy, form["client_id"], form["client_secret"], form["person"], form["enhet"], ct);
            return outcome is { Token: { } token, Grant: { } grant }
                ? Results.Ok(new Dictionary<string, object>
                {
                    ["access_token"] = token, ["token_type"] = BearerGate.Scheme, ["expires_in"] = (int)AccessTokens.Lifetime.TotalSeconds,
                    ["person"] = grant.PersonHsaId, ["enhet"] = grant.UnitHsaId, ["roll"] = grant.Role,
                })
                : FhirResults.Outcome(outcome.Status, IssueType(outcome.Status), $"{outcome.Title}: {outcome.Detail}");
        });
        return app;
    }

    /// <summary>The FHIR API needs a token, except the CapabilityStatement (a client reads it before it logs in).</summary>
    public static bool IsProtected(PathString path) => path.StartsWithSegments("/fhir") && !path.StartsWithSegments("/fhir/metadata");

    public static Task RefuseAsync(HttpContext http, int status, string title, string detail) =>
        FhirResults.Outcome(status, IssueType(status), $"{title}: {detail}").ExecuteAsync(http);

    private static OperationOutcome.IssueType IssueType(int status) => status switch
    {
        401 => OperationOutcome.IssueType.Login,
        403 => OperationOutcome.IssueType.Forbidden,
        _ => OperationOutcome.IssueType.Invalid,
    };
}
