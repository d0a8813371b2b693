namespace E2E.Reporting.Building;

/// <summary>Makes sure the npm tools from package-lock.json are installed in the repository.</summary>
internal static class NodeTools
{
    // One install at a time: parallel callers (e.g. test workers) would otherwise race inside node_modules.
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<string> EnsureInstalledAsync(string repositoryRoot, string toolPath, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(repositoryRoot, toolPath))) return "";
        await InstallGate.WaitAsync(ct);
        try
        {
            if (File.Exists(Path.Combine(repositoryRoot, toolPath))) return "";
            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            // --prefer-offline uses the npm cache when it can; the lock file pins every version.
            var (exitCode, output) = await ProcessRunner.RunAsync(npm, ["ci", "--prefer-offline", "--no-audit", "--no-fund"],
                repositoryRoot, new Dictionary<string, string>(), ct);
            if (exitCode != 0)
                throw new ReportBuildException($"npm ci misslyckades (slutkod {exitCode}) i {repositoryRoot}.\n{output}");
            return output;
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
