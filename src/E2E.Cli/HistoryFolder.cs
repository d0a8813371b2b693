namespace E2E.Cli;

/// <summary>
/// Where the history across runs is kept: outside the wiped artifacts/ folder, so a CI pipeline can cache it.
/// --historik wins, then E2E_HISTORIK, then historik/ at the repository root.
/// </summary>
internal static class HistoryFolder
{
    public const string Variable = "E2E_HISTORIK";

    public static string Resolve(string root, string? option)
    {
        var chosen = option ?? Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(chosen) ? Path.Combine(root, "historik") : Path.GetFullPath(chosen);
    }
}
