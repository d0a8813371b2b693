namespace E2E.Cli.Delar;

/// <summary>What "rapport --sla-ihop &lt;mapp&gt; &lt;mapp&gt; …" was asked to do.</summary>
internal sealed record MergeOptions(IReadOnlyList<string> PartFolders, string? HistoryFolder, string? GateFile, string? ArtifactsFolder,
    string? QuarantineFile = null)
{
    public static MergeOptions Parse(string[] args)
    {
        var folders = new List<string>();
        string? history = null, gate = null, output = null, quarantine = null;
        var merge = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new UsageException($"Värde saknas efter {args[i - 1]}.");
            switch (args[i])
            {
                case "--sla-ihop" or "--slå-ihop" or "--merge":
                    merge = true;
                    // Every folder up to the next option is a part.
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) folders.Add(args[++i]);
                    break;
                case "--historik" or "--history": history = Value(); break;
                case "--grind" or "--gate": gate = Value(); break;
                case "--ut" or "--output": output = Path.GetFullPath(Value()); break;
                case "--karantan" or "--karantän" or "--quarantine": quarantine = Value(); break;
                default: throw new UsageException($"Okänt val till rapport: {args[i]} (se \"hjälp\").");
            }
        }
        if (!merge || folders.Count == 0)
            throw new UsageException("rapport behöver --sla-ihop och delarnas mappar, t.ex. rapport --sla-ihop artifacts/del-1-av-2 artifacts/del-2-av-2.");
        return new MergeOptions([.. folders.Select(Path.GetFullPath)], history, gate, output, quarantine);
    }
}
