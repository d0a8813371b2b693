using System.Text.Json;
using FluentAssertions;

namespace E2E.Suite.Tests;

/// <summary>The "Meddelanden i scenariot" attachment of a scenario's Allure result, and its sections.</summary>
internal static class TrailAttachment
{
    /// <summary>The lines under a heading ("1. Skickat", "2. Buret", "3. Framme"), up to the next blank line.</summary>
    public static string Section(string trail, string heading)
    {
        var start = trail.IndexOf("\n" + heading, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the trail has a section '{0}':\n{1}", heading, trail);
        var body = trail.IndexOf('\n', start + 1) + 1;
        var end = trail.IndexOf("\n\n", body, StringComparison.Ordinal);
        return end < 0 ? trail[body..] : trail[body..end];
    }

    /// <summary>The trail is attached once, to the failing step or the scenario, as a text file beside the result.</summary>
    public static string Read(string results, string scenarioTitle)
    {
        var result = Directory.EnumerateFiles(results, "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement)
            .Single(r => r.GetProperty("name").GetString() == scenarioTitle);
        var sources = AttachmentsNamed(result, "Meddelanden i scenariot").ToList();
        sources.Should().ContainSingle("the failing scenario attaches its message trail once");
        return File.ReadAllText(Path.Combine(results, sources[0])).ReplaceLineEndings("\n");
    }

    private static IEnumerable<string> AttachmentsNamed(JsonElement node, string name)
    {
        if (node.TryGetProperty("attachments", out var attachments))
            foreach (var a in attachments.EnumerateArray().Where(a => a.GetProperty("name").GetString() == name))
                yield return a.GetProperty("source").GetString()!;
        if (!node.TryGetProperty("steps", out var steps)) yield break;
        foreach (var source in steps.EnumerateArray().SelectMany(step => AttachmentsNamed(step, name)))
            yield return source;
    }
}
