using System.Globalization;
using System.Text.RegularExpressions;

namespace E2E.Core.Time;

/// <summary>
/// "Now" for a run: E2E_NOW (ISO 8601 with offset, e.g. 2027-12-04T23:30:00+01:00), or the real time when the
/// process started. The project's tests and the suite's scenarios set the simulated tenants' clock to it and count
/// every date from it, so no run depends on the machine's calendar, time zone or time of day.
/// </summary>
public static partial class SuiteNow
{
    public const string Variable = "E2E_NOW";

    private static readonly Lazy<DateTimeOffset> Read =
        new(() => Parse(Environment.GetEnvironmentVariable(Variable), TimeProvider.System.GetUtcNow()));

    /// <summary>The run's "now"; a malformed E2E_NOW throws a Swedish message naming the value.</summary>
    public static DateTimeOffset Value => Read.Value;

    /// <summary>Whether E2E_NOW was given (else "now" is the real time at start).</summary>
    public static bool IsSet => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    public static DateTimeOffset Parse(string? text, DateTimeOffset realNow)
    {
        if (string.IsNullOrWhiteSpace(text)) return realNow;
        var value = text.Trim();
        if (WithOffset().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now))
            return now;
        throw new FormatException(
            $"{Variable} har värdet '{text}', som inte är en tidpunkt med tidszon. " +
            "Skriv t.ex. 2027-12-04T23:30:00+01:00 (ISO 8601 med förskjutning mot UTC).");
    }

    // Date, time to the minute or second (fractions allowed), and an explicit offset: a bare local time would
    // make the machine's time zone decide.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}
