using System.Net;

namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>
/// Once SAMSA is decommissioned, every change is refused with 423 (Locked) in Swedish: ProblemDetails on the API,
/// a page in the UI. Reading goes on. Logging in and out, tokens, the test-only API and the integration's receipts,
/// events and identity links (which keep the history right) still pass; a new notice for a SAMSA inbox does not,
/// so it stays with the integration instead of landing where nobody works.
/// </summary>
public static class ReadOnlyGuard
{
    public static IApplicationBuilder UseReadOnlyAfterDecommissioning(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (Reads(http.Request) || Exempt(http.Request.Path)
                || await http.RequestServices.GetRequiredService<DecommissionNotice>().StateAsync(http.RequestAborted) is not { Skrivskyddad: { } since })
            {
                await next(http);
                return;
            }
            var text = DecommissionNotice.ReadOnlyText(since);
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(text, statusCode: StatusCodes.Status423Locked, title: "SAMSA är skrivskyddat").ExecuteAsync(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status423Locked;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>SAMSA är skrivskyddat – SAMSA</title></head><body><main><h1>SAMSA är skrivskyddat</h1><p role="alert">{WebUtility.HtmlEncode(text)}</p><p><a href="/">Till startsidan</a></p></main></body></html>""");
        });

    private static bool Reads(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);

    private static bool Exempt(PathString path) =>
        path.StartsWithSegments("/_sim") || path.StartsWithSegments("/logga-in") || path.StartsWithSegments("/logga-ut")
        || path.StartsWithSegments("/api/token")
        || (path.StartsWithSegments("/api/integration") && !path.StartsWithSegments("/api/integration/meddelanden"));
}
