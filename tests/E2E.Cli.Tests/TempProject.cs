namespace E2E.Cli.Tests;

/// <summary>A folder that looks like the project to the CLI: E2E.sln, a playwright.config.json and one environment file.</summary>
internal sealed class TempProject : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("e2e-project-").FullName;

    public TempProject(string playwrightConfig, string environment, string environmentName = "local")
    {
        File.WriteAllText(Path.Combine(Folder, "E2E.sln"), "");
        File.WriteAllText(Path.Combine(Folder, "playwright.config.json"), playwrightConfig);
        Directory.CreateDirectory(Path.Combine(Folder, "environments"));
        File.WriteAllText(Path.Combine(Folder, "environments", environmentName + ".json"), environment);
    }

    public Task<CliProcess.Ended> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        CliProcess.RunAsync(Folder, environment, args);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
