using System.Text.RegularExpressions;

namespace E2E.Reporting.Redaction;

/// <summary>
/// Replaces what looks like a credential with "[dolt]" before text goes into a report: Authorization and Cookie
/// headers, bearer tokens, JSON fields and form or query values named like a token, secret, password, API key or
/// cookie (also in JSON escaped inside a string), JWTs, ASP.NET cookie payloads, long opaque hex tokens, and every
/// secret value the caller knows (the run's client secrets).
/// </summary>
public static partial class SecretRedactor
{
    public const string Hidden = "[dolt]";

    /// <summary>The text with every credential hidden; <paramref name="knownSecrets"/> are hidden wherever they occur.</summary>
    public static string Redact(string text, IEnumerable<string>? knownSecrets = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Known values first, longest first, so a secret that contains another is hidden whole.
        foreach (var secret in (knownSecrets ?? []).Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length))
            text = text.Replace(secret, Hidden, StringComparison.Ordinal);
        text = HeaderLine().Replace(text, m => m.Groups["name"].Value + Hidden);
        text = JsonField().Replace(text, m => m.Groups["head"].Value + Hidden + m.Groups["q"].Value);
        text = EscapedJsonField().Replace(text, m => m.Groups["head"].Value + Hidden + "\\\"");
        text = Scheme().Replace(text, m => m.Groups["scheme"].Value + " " + Hidden);
        text = AssignedValue().Replace(text, m => m.Groups["head"].Value + Hidden);
        text = Jwt().Replace(text, Hidden);
        text = AspNetCookie().Replace(text, Hidden);
        return LongHex().Replace(text, Hidden);
    }

    // A name that holds a credential: accessToken, access_token, client_secret, clientSecret, password, api-key, Cookie …
    private const string SecretName =
        @"[A-Za-z0-9_.\-]*(?:token|secret|passw(?:or)?d|pwd|l[öo]senord|hemlighet|api[_\-]?key|authorization|cookie)[A-Za-z0-9_.\-]*";

    // "Authorization: Bearer …", "Cookie: a=b; c=d", "Set-Cookie: …" as a header line.
    [GeneratedRegex(@"(?im)(?<name>^[ \t]*(?:proxy-)?(?:authorization|cookie|set-cookie|x-api-key|api-key)[ \t]*:[ \t]*)[^\r\n]+")]
    private static partial Regex HeaderLine();

    // "accessToken": "…" in JSON.
    [GeneratedRegex("(?i)(?<head>(?<q>\")" + SecretName + "\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex JsonField();

    // \"accessToken\":\"…\" in JSON carried as a string inside other JSON or a log line.
    [GeneratedRegex("(?i)(?<head>\\\\\"" + SecretName + "\\\\\"\\s*:\\s*\\\\\")(?:(?!\\\\\").)*\\\\\"")]
    private static partial Regex EscapedJsonField();

    // client_secret=… in a form or query, password: … in a log line (quoted values are JSON's, handled above; a
    // scheme already hidden, "Authorization: Bearer [dolt]", stays as it is).
    [GeneratedRegex("(?i)(?<head>\\b" + SecretName + "\\s*[:=]\\s*)(?![\"\\\\\\[])(?!(?:bearer|basic)\\s+\\[dolt\\])[^\\s,;&\"'<>]+")]
    private static partial Regex AssignedValue();

    [GeneratedRegex(@"(?i)\b(?<scheme>bearer|basic)\s+(?!\[dolt\])[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\bCfDJ8[A-Za-z0-9_\-]{20,}")]
    private static partial Regex AspNetCookie();

    // Opaque tokens (the tenants issue 64 hex digits); message ids (32) and shorter ids stay readable.
    [GeneratedRegex(@"\b[0-9A-Fa-f]{40,}\b")]
    private static partial Regex LongHex();
}
