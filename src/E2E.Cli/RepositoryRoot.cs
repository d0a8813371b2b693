namespace E2E.Cli;

/// <summary>The folder holding E2E.sln: everything the CLI runs and writes is relative to it.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "E2E.sln"))) return dir.FullName;
        throw new UsageException("Hittar inte E2E.sln i den här mappen eller ovanför. Kör kommandot i projektets mapp.");
    }
}
