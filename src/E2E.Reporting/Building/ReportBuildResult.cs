namespace E2E.Reporting.Building;

/// <summary>A generated, cleaned report: open <paramref name="IndexHtmlPath"/> in a browser.</summary>
public sealed record ReportBuildResult(string IndexHtmlPath, IReadOnlyList<string> CleanedHtmlFiles, string CliOutput);

/// <summary>Report generation failed; the message is in Swedish and the CLI output is included.</summary>
public sealed class ReportBuildException(string message) : Exception(message);
