using System.Text.Json;

namespace E2E.Cli;

/// <summary>The "workers" setting of playwright.config.json: how many scenarios run at once.</summary>
internal static class PlaywrightWorkers
{
    public static int Read(string root)
    {
        var file = Path.Combine(root, "playwright.config.json");
        if (!File.Exists(file)) return 2;
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        return doc.RootElement.TryGetProperty("workers", out var w) && w.TryGetInt32(out var n) && n > 0 ? n : 2;
    }
}
