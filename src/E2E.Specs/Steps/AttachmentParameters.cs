using System.Text.RegularExpressions;
using E2E.Runner.Catalog;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// P08's words: {fil} a file name with its extension ("epikris.pdf", "sårbild.jpg") and {storlek} a size as a tester
/// writes it ("200 kB", "10 MB", "10 MB och 1 byte"); kB and MB count in 1024s, as both systems do.
/// </summary>
[Binding]
public sealed partial class AttachmentParameters
{
    [ParameterHelp("Ett filnamn med filändelse: epikris.pdf, sårbild.jpg.")]
    [StepArgumentTransformation(@"([\w.-]+\.[A-Za-z]{2,4})", Name = "fil")]
    public static string FileName(string name) => name;

    [ParameterHelp("En filstorlek: 200 kB, 10 MB eller 10 MB och 1 byte. kB och MB räknas i 1024-tal, som i båda systemen.")]
    [StepArgumentTransformation(@"(\d+ (?:byte|kB|MB)(?: och \d+ (?:byte|kB))?)", Name = "storlek")]
    public static FileSize Size(string phrase) => new(phrase, Part().Matches(phrase).Sum(m => long.Parse(m.Groups[1].Value) * m.Groups[2].Value switch
    {
        "MB" => 1024L * 1024,
        "kB" => 1024L,
        _ => 1L,
    }));

    [GeneratedRegex(@"(\d+) (byte|kB|MB)")]
    private static partial Regex Part();
}

/// <summary>A size as the scenario wrote it and in bytes.</summary>
public sealed record FileSize(string Phrase, long Bytes);
