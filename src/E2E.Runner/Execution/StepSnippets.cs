using System.Text.RegularExpressions;

namespace E2E.Runner.Execution;

/// <summary>
/// Picks the step-definition methods out of Reqnroll's undefined-step message (which wraps them in an English
/// sentence and a whole example class), so the tester gets just what to paste.
/// </summary>
internal static partial class StepSnippets
{
    public static string From(string reqnrollMessage)
    {
        var methods = SnippetMethod().Matches(reqnrollMessage).Select(m => Dedent(m.Value)).ToList();
        return methods.Count > 0 ? string.Join("\n\n", methods) : reqnrollMessage;
    }

    // The match starts at "[When(" but the lines after it keep the example class's indentation; drop it.
    private static string Dedent(string snippet)
    {
        var lines = snippet.Replace("\r", "").Split('\n');
        var indent = lines.Length > 1 ? lines[1].Length - lines[1].TrimStart().Length : 0;
        return string.Join("\n", lines.Select((line, i) => "    " + (i == 0 ? line : line[Math.Min(indent, line.Length)..])));
    }

    [GeneratedRegex(@"\[(Given|When|Then)\(.*?\)\]\s*public\s+\w+\s+\w+\([^)]*\)\s*\{[^{}]*\}", RegexOptions.Singleline)]
    private static partial Regex SnippetMethod();
}
