namespace E2E.Cli;

internal static class Folders
{
    /// <summary>An empty folder at the path: what an earlier run left there would be mistaken for this run's.</summary>
    public static string Fresh(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }
}
