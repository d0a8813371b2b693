namespace E2E.Core.Browser;

/// <summary>Finds a Chromium or Chrome installed by the operating system, by searching PATH.</summary>
public static class SystemChromiumLocator
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe" } : new[] { "" };
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => Candidates.SelectMany(name =>
                extensions.Select(extension => Path.Combine(directory, name + extension))))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Flags for a system Chromium in a container: no sandbox as root, no calls home, no DNS but loopback.</summary>
    public static IReadOnlyList<string> HardenedArgs()
    {
        var args = new List<string>
        {
            "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        };
        if (OperatingSystem.IsLinux() && Environment.UserName == "root") args.Insert(0, "--no-sandbox");
        return args;
    }
}
