using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace E2E.Cli;

/// <summary>Saves a benchmark report as benchmark.json (for machines and comparisons) and benchmark.md (for people).</summary>
internal static class BenchmarkFiles
{
    public const string Json = "benchmark.json";
    public const string Markdown = "benchmark.md";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // å, ä, ö and → as themselves: people read the file too
    };

    // No BOM: jq, Node and diff tools read the files as they are.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string directory, BenchmarkReport report, string markdown)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Json), JsonSerializer.Serialize(report, Options) + "\n", Utf8);
        File.WriteAllText(Path.Combine(directory, Markdown), markdown, Utf8);
    }
}
