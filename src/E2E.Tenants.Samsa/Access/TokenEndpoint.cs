using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samsa.Access;

/// <summary>A token request: the API client proves itself; the token acts for the person at the unit.</summary>
public sealed record TokenRequest(string? ClientId, string? ClientSecret, string? PersonHsaId, string? EnhetHsaId);

/// <summary>POST api/token: SAMSA's bearer tokens for its REST API; refusals as ProblemDetails in Swedish.</summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapSamsaToken(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/token", async (TokenRequest request, TokenIssuer issuer, CancellationToken ct) =>
        {
            var outcome = await issuer.IssueAsync(
                SystemNames.Samsa, request.ClientId, request.ClientSecret, request.PersonHsaId, request.EnhetHsaId, ct);
            return outcome is { Token: { } token, Grant: { } grant }
                ? Results.Ok(new
                {
                    accessToken = token, tokenType = BearerGate.Scheme, expiresIn = (int)AccessTokens.Lifetime.TotalSeconds,
                    person = grant.PersonHsaId, enhet = grant.UnitHsaId, roll = grant.Role,
                })
                : Results.Problem(outcome.Detail, statusCode: outcome.Status, title: outcome.Title);
        });
        return app;
    }

    /// <summary>
    /// The REST API needs a token; the token endpoint itself, the integration's delivery and the payment basis
    /// export (a system-to-system read, like Samvy's export/ outside fhir/) do not.
    /// </summary>
    public static bool IsProtected(PathString path) =>
        path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/token") && !path.StartsWithSegments("/api/integration")
        && !path.StartsWithSegments("/api/betalningsunderlag");

    public static Task RefuseAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
}
