using System.Text.RegularExpressions;

namespace E2E.Core.Settings;

/// <summary>Resolves ${VARIABLE} placeholders from environment variables only; never from files.</summary>
public static partial class PlaceholderResolver
{
    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    public static Secret Resolve(string raw, string sourceFile, Func<string, string?>? lookup = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        var resolved = Placeholder().Replace(raw, match =>
        {
            var variable = match.Groups[1].Value;
            var value = lookup(variable);
            if (string.IsNullOrEmpty(value))
                throw new EnvironmentNotReadyException(
                    $"Miljövariabeln {variable} saknas men behövs av {sourceFile}. " +
                    $"Sätt den i skalet eller i CI-hemligheterna innan sviten körs (värdet skrivs aldrig ut).");
            return value;
        });
        return new Secret(resolved);
    }
}
