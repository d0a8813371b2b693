namespace E2E.Core.Browser;

/// <summary>Tells whether Playwright's own browsers were installed (`playwright install`), without launching.</summary>
public static class BundledBrowserDetector
{
    public static bool HasBundledBrowser(string browserName)
    {
        var cache = CacheDirectory();
        return cache is not null && Directory.Exists(cache)
            && Directory.EnumerateDirectories(cache, browserName + "*").Any();
    }

    private static string? CacheDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH");
        if (!string.IsNullOrWhiteSpace(configured) && configured != "0") return configured;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ms-playwright");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Caches", "ms-playwright");
        return Path.Combine(home, ".cache", "ms-playwright");
    }
}
