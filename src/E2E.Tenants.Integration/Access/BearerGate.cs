using Microsoft.Net.Http.Headers;

namespace E2E.Tenants.Integration.Access;

/// <summary>How a tenant words a refusal in its own API style (ProblemDetails in SAMSA, OperationOutcome in Samvy).</summary>
public delegate Task ApiRefusal(HttpContext http, int status, string title, string detail);

/// <summary>
/// Guards a tenant's API: every request under a protected path must carry a bearer token of this tenant. The
/// request then runs as the token's person and unit (HttpContext.User), exactly as a logged-in page does.
/// </summary>
public static class BearerGate
{
    public const string Scheme = "Bearer";

    public static IApplicationBuilder UseBearerGate(this IApplicationBuilder app, Func<PathString, bool> protects, ApiRefusal refuse) =>
        app.Use(async (http, next) =>
        {
            if (!protects(http.Request.Path))
            {
                await next(http);
                return;
            }
            var token = TokenOf(http.Request);
            var grant = token is null ? null : http.RequestServices.GetRequiredService<AccessTokens>().Find(token);
            if (grant is null)
            {
                http.Response.Headers.WWWAuthenticate = Scheme;
                await (token is null
                    ? refuse(http, 401, "Inloggning krävs", "Anropet saknar token. Hämta ett token och skicka det som \"Authorization: Bearer <token>\".")
                    : refuse(http, 401, "Ogiltigt token", "Token är okänt eller har gått ut. Hämta ett nytt token."));
                return;
            }
            http.User = grant.ToPrincipal(Scheme);
            await next(http);
        });

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length + 1
            ? header[(Scheme.Length + 1)..].Trim()
            : null;
    }
}
