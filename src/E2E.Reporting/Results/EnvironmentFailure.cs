using System.Text.RegularExpressions;

namespace E2E.Reporting.Results;

/// <summary>
/// An environment failure (miljöfel): a tenant did not answer, so the scenario could not finish; neither a product
/// failure nor a broken test. Recognised by the drivers' TenantUnreachableException (by name, as assertions are) and, in
/// result files, by the message's first word <see cref="Prefix"/>, followed by "&lt;system&gt; i miljön &lt;miljö&gt; svarade inte".
/// </summary>
public static partial class EnvironmentFailure
{
    public const string Prefix = "MILJÖFEL:";
    private const string TypeName = "TenantUnreachableException";

    /// <summary>The environment failure behind an exception (itself or one it wraps), or null.</summary>
    public static Exception? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e.GetType().Name == TypeName) return e;
        return null;
    }

    public static bool IsIn(string? message) => message?.TrimStart().StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>A failure restated as an environment failure (a system found not answering after it) is "broken", no product failure.</summary>
    public static string Restated(string status, string? message) =>
        status == Model.AllureStatus.Failed && IsIn(message) ? Model.AllureStatus.Broken : status;

    /// <summary>Which system in which environment did not answer, read from a message that starts with the prefix.</summary>
    public static (string System, string Environment)? Unreachable(string? message) =>
        IsIn(message) && Words().Match(message!.TrimStart()) is { Success: true } m ? (m.Groups["system"].Value, m.Groups["env"].Value) : null;

    [GeneratedRegex(@"^MILJÖFEL: (?<system>.+?) i miljön (?<env>\S+) svarade inte")]
    private static partial Regex Words();
}
