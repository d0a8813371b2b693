using System.Text;
using System.Text.RegularExpressions;

namespace E2E.TestData.Leasing;

/// <summary>
/// A safe, stable, distinct file name per lease key: "19121212-1212" and "191212121212" are one lease; other keys
/// (e.g. "OID|reserve number") keep letters and digits and hex-escape the rest, so two keys never share a file.
/// </summary>
internal static partial class LeaseFileName
{
    [GeneratedRegex(@"^\d{8}[-+]\d{4}$")]
    private static partial Regex WithSeparator();

    public static string For(string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        var key = identity.Trim();
        if (WithSeparator().IsMatch(key)) key = TestIdentities.Normalize(key);
        var name = new StringBuilder(key.Length + 6);
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c)) name.Append(c);
            else name.Append('_').Append(((int)c).ToString("X4"));
        }
        return name.Append(".lease").ToString();
    }
}
