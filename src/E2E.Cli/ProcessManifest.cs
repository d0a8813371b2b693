using System.Text.Json;

namespace E2E.Cli;

/// <summary>features/processer.json: the processes the suite must prove, by id, for summaries and reports.</summary>
internal sealed record ProcessManifest(IReadOnlyList<ProcessManifest.Process> Processes, IReadOnlyList<string> Directions)
{
    public sealed record Process(string Id, string Name);

    public static ProcessManifest Load(string root)
    {
        var file = Path.Combine(root, "features", "processer.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var processes = doc.RootElement.GetProperty("processer").EnumerateArray()
            .Select(p => new Process(p.GetProperty("id").GetString()!, p.GetProperty("namn").GetString()!)).ToList();
        var directions = doc.RootElement.GetProperty("riktningar").EnumerateArray().Select(d => d.GetString()!).ToList();
        return new ProcessManifest(processes, directions);
    }

    public string NameOf(string id) => Processes.FirstOrDefault(p => p.Id == id)?.Name ?? "(okänd process)";
}
