using Microsoft.OpenApi;

namespace E2E.Tenants.Samsa.Api;

/// <summary>
/// SAMSA's OpenAPI document at <c>/openapi/v1.json</c>: the public REST API only (never the integration's
/// delivery endpoint or the test-only <c>_sim/</c> API), every operation with a Swedish summary.
/// </summary>
public static class SamsaOpenApi
{
    public const string Route = "/openapi/{documentName}.json";

    /// <summary>Summaries by "METHOD route"; an endpoint's own WithSummary wins.</summary>
    private static readonly Dictionary<string, string> Summaries = new(StringComparer.Ordinal)
    {
        ["POST api/patienter"] = "Registrera en patient (finns personnumret uppdateras patienten)",
        ["POST api/vardtillfallen"] = "Skriv in en patient på en avdelning som arbetar i SAMSA",
        ["POST api/meddelanden/{typ}"] = "Skicka ett meddelande av en typ (inskrivningsmeddelande, utskrivningsklar, atertagen-utskrivningsklar, kallelse-sip, utskrivningsmeddelande) till en enhets inkorg",
        ["GET api/meddelanden/{id}"] = "Läs ett meddelande med dess status",
        ["POST api/meddelanden/{id}/last"] = "Markera ett mottaget meddelande som läst",
        ["POST api/meddelanden/{id}/kvittera"] = "Kvittera ett mottaget meddelande",
        ["GET api/arenden"] = "Lista samordningsärenden",
        ["GET api/arenden/{id}"] = "Ett samordningsärende med tidslinje över meddelanden och deras status",
        ["POST api/arenden/{id}/beraknat-utskrivningsdatum"] = "Ändra beräknat utskrivningsdatum; ändringen går till alla som fått inskrivningsmeddelandet",
        ["POST api/arenden/{id}/avsluta"] = "Avsluta ett samordningsärende",
        ["POST api/arenden/{id}/sip"] = "Kalla till SIP i ärendet: mötestid och deltagande enheter; var och en får en kallelse",
        ["GET api/sip"] = "En patients SIP:ar i båda systemen (SAMSA:s egna och hänvisningar till Samvy)",
        ["GET api/inkorgar/{hsaId}/meddelanden"] = "Läs meddelandena i en enhets inkorg i SAMSA",
        ["POST api/token"] = "Hämta ett åtkomsttoken för en person och ett uppdrag (enhet) med klientens hemlighet",
        ["GET api/betalningsunderlag"] = "Betalningsunderlag: händelser per patient och kommun som betaldagarna räknas från",
    };

    public static IServiceCollection AddSamsaOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = api => api.RelativePath is { } path
                && !path.StartsWith("_sim", StringComparison.Ordinal)
                && !path.StartsWith("api/integration", StringComparison.Ordinal);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SAMSA (simulerad) – REST-API",
                    Version = "v1",
                    Description = "Patienter, vårdtillfällen, inskrivningsmeddelanden och inkorgar i den simulerade SAMSA.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                // Route constraints ({id:int}) are not part of the key.
                var path = System.Text.RegularExpressions.Regex.Replace(context.Description.RelativePath ?? "", @"\{(\w+):[^}]+\}", "{$1}");
                var key = $"{context.Description.HttpMethod} {path}";
                operation.Summary ??= Summaries.GetValueOrDefault(key);
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapSamsaOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(Route).AllowAnonymous();
        return app;
    }
}
