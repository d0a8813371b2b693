using System.Text.RegularExpressions;

namespace E2E.Tenants.Integration.Simulation;

/// <summary>
/// Test-only audit: <c>GET _sim/identiteter</c> on each app lists every personnummer or samordningsnummer it
/// stores (columns and stored JSON alike), as 12 digits, sorted, so a suite can prove only test identities arrived.
/// </summary>
public static partial class IdentityAudit
{
    public const string Route = "_sim/identiteter";

    // YYYYMMDDNNNN, YYYYMMDD-NNNN or YYYYMMDD+NNNN (also JSON-escaped "+"), not part of a longer number, word or GUID.
    [GeneratedRegex(@"(?<![0-9A-Za-z-])(\d{8})(?:-|\+|\\u002[Bb])?(\d{4})(?![0-9A-Za-z-])")]
    private static partial Regex Number();

    /// <summary>Every identity-shaped number in the texts, as 12 digits.</summary>
    public static IEnumerable<string> Find(IEnumerable<string?> texts) =>
        texts.Where(t => !string.IsNullOrEmpty(t))
            .SelectMany(t => Number().Matches(t!))
            .Select(m => m.Groups[1].Value + m.Groups[2].Value);

    /// <summary>Maps the audit route; <paramref name="stored"/> returns the app's stored texts (values or JSON).</summary>
    public static IEndpointRouteBuilder MapIdentityAudit(
        this IEndpointRouteBuilder app, Func<IServiceProvider, CancellationToken, Task<IEnumerable<string?>>> stored)
    {
        app.MapGet(Route, async (HttpContext http, CancellationToken ct) =>
            Results.Ok(Find(await stored(http.RequestServices, ct)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        return app;
    }
}
