using System.Text.Json;

namespace E2E.Reporting.Tests.Support;

/// <summary>Reads what the writer put on disk, the way Allure would: raw bytes, then JSON.</summary>
internal static class ResultFiles
{
    public static string[] ResultPaths(string directory) => Directory.GetFiles(directory, "*-result.json");

    public static JsonElement SingleResult(string directory)
    {
        var paths = ResultPaths(directory);
        if (paths.Length != 1) throw new InvalidOperationException($"Expected one result file, found {paths.Length}.");
        return JsonDocument.Parse(File.ReadAllBytes(paths[0])).RootElement.Clone();
    }

    public static IEnumerable<(string Name, string Value)> Labels(JsonElement result)
        => result.GetProperty("labels").EnumerateArray().Select(l => (l.GetProperty("name").GetString()!, l.GetProperty("value").GetString()!));
}
