using System.Text.RegularExpressions;

namespace E2E.Cli.Delar;

/// <summary>Part k of n of a run split across CI agents: <c>--del 2/4</c> or E2E_DEL=2/4.</summary>
internal sealed partial record Part(int Index, int Count)
{
    public const string Variable = "E2E_DEL";

    /// <summary>Where the part writes everything, under the artifacts folder, so parts never overwrite each other.</summary>
    public string FolderName => $"del-{Index}-av-{Count}";

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Said when the part got none of the selected scenarios: fine, the other parts run them.</summary>
    public string NothingToRun => $"Del {Index} av {Count}: inget av de valda scenarierna hamnade i den här delen; inget att köra (slutkod 0).";

    /// <summary>Says so, leaves a summary the pipeline can read, and ends the part as passed (0).</summary>
    public int EndWithNothingToRun(string artifacts)
    {
        Console.WriteLine(NothingToRun);
        RunSummaryFile.WriteStopped(artifacts, 0, NothingToRun);
        return 0;
    }

    /// <param name="shownAs">How the value was given (the option or the variable), for the message.</param>
    public static Part Parse(string value, string shownAs)
    {
        var m = Shape().Match(value.Trim());
        if (m.Success && int.TryParse(m.Groups["k"].Value, out var k) && int.TryParse(m.Groups["n"].Value, out var n) && k >= 1 && k <= n)
            return new Part(k, n);
        throw new UsageException($"Ogiltig del \"{value}\" ({shownAs}): skriv k/n där 1 ≤ k ≤ n, t.ex. 2/4 för andra delen av fyra.");
    }

    /// <summary>E2E_DEL when set and not empty, else null (the whole run).</summary>
    public static Part? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && value.Trim().Length > 0 ? Parse(value, Variable) : null;

    [GeneratedRegex(@"^(?<k>\d{1,4})/(?<n>\d{1,4})$")]
    private static partial Regex Shape();
}
