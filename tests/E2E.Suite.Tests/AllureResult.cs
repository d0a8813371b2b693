using System.Text.Json;

namespace E2E.Suite.Tests;

/// <summary>The parts of an Allure result file these tests check.</summary>
internal sealed record AllureResult(string Name, string Status, string? Message, IReadOnlyList<string> AttachmentTypes)
{
    public static AllureResult Read(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = doc.RootElement;
        var message = root.TryGetProperty("statusDetails", out var details) && details.TryGetProperty("message", out var m)
            ? m.GetString() : null;
        return new AllureResult(root.GetProperty("name").GetString()!, root.GetProperty("status").GetString()!, message,
            AttachmentsOf(root).ToList());
    }

    // Evidence may hang on the scenario or on any (nested) step.
    private static IEnumerable<string> AttachmentsOf(JsonElement node)
    {
        if (node.TryGetProperty("attachments", out var attachments))
            foreach (var a in attachments.EnumerateArray())
                yield return a.GetProperty("type").GetString()!;
        if (!node.TryGetProperty("steps", out var steps)) yield break;
        foreach (var step in steps.EnumerateArray())
            foreach (var type in AttachmentsOf(step))
                yield return type;
    }
}
