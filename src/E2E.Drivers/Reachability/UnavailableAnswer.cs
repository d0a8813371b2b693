namespace E2E.Drivers.Reachability;

/// <summary>
/// What "the system is unavailable" looks like from outside. A 503 that is a product's own JSON answer (ProblemDetails,
/// FHIR OperationOutcome: e.g. the integration's "Betalningsunderlag saknas") is the product speaking, and stays a
/// product answer; a 503 as plain text or HTML (the simulation's "inte tillgängligt just nu (driftsstörning)", a gateway's
/// page) means nobody is there to answer.
/// </summary>
public static class UnavailableAnswer
{
    public static bool Is(int status, string? contentType) =>
        status == 503 && !(contentType ?? "").Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a browser or client tells when nobody answered at all (Chromium's net:: errors).</summary>
    public static bool IsNoAnswer(string browserMessage) => NoAnswerErrors.Any(e => browserMessage.Contains(e, StringComparison.Ordinal));

    private static readonly string[] NoAnswerErrors =
    [
        "net::ERR_CONNECTION_REFUSED", "net::ERR_NAME_NOT_RESOLVED", "net::ERR_CONNECTION_TIMED_OUT",
        "net::ERR_ADDRESS_UNREACHABLE", "net::ERR_CONNECTION_RESET", "net::ERR_EMPTY_RESPONSE", "net::ERR_TIMED_OUT",
    ];

    public static string Shortened(string body)
    {
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 200 ? text : text[..200] + " …";
    }
}
