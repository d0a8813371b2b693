using System.Text.RegularExpressions;

namespace E2E.Cli;

/// <summary>What "run" was asked to do.</summary>
/// <param name="NoBuild">dotnet test --no-build: the benchmark builds once and times only the runs.</param>
internal sealed partial record RunOptions(string Environment, string? TestFilter, int? Workers, bool NoBuild = false)
{
    /// <summary>--historik: the folder that keeps the history across runs (else E2E_HISTORIK, else historik/).</summary>
    public string? HistoryFolder { get; init; }

    /// <summary>--ut: where the report, the matrix and the test results go (else artifacts/, emptied first).</summary>
    public string? ArtifactsFolder { get; init; }

    /// <summary>--torrkorning: bind the steps only (<see cref="DryRunCommand"/>).</summary>
    public bool DryRun { get; init; }

    /// <summary>--grind: the release gate's rules (else features/releasegrind.json).</summary>
    public string? GateFile { get; init; }

    /// <summary>--omforsok: retries of a failed scenario (else E2E_OMFORSOK, else "retries" in playwright.config.json).</summary>
    public int? Retries { get; init; }

    /// <summary>--karantan: the quarantine file (else features/karantan.json).</summary>
    public string? QuarantineFile { get; init; }

    /// <summary>--del k/n (else E2E_DEL): run only part k of n, for n CI agents (<see cref="Delar.PartRun"/>).</summary>
    public Delar.Part? Part { get; init; }

    public static RunOptions Parse(string[] args)
    {
        string environment = "local";
        string? filter = null;
        int? workers = null;
        string? history = null, gate = null, output = null, quarantine = null;
        int? retries = null;
        bool noBuild = false, dryRun = false;
        Delar.Part? part = null;
        var reader = new OptionReader(args);
        while (reader.Next() is { } option)
        {
            switch (option)
            {
                case "--miljo" or "--miljö" or "--env": environment = reader.Value(); break;
                case "--taggar" or "--tags": filter = Combine(filter, FromTags(reader.Value())); break;
                case "--filter": filter = Combine(filter, reader.Value()); break;
                case "--arbetare" or "--workers": workers = reader.PositiveInt("--arbetare"); break;
                case "--historik" or "--history": history = reader.Value(); break;
                case "--grind" or "--gate": gate = reader.Value(); break;
                case "--utan-bygge" or "--no-build": noBuild = true; break;
                case "--torrkorning" or "--torrkörning" or "--dry-run": dryRun = true; break;
                case "--ut" or "--output": output = Path.GetFullPath(reader.Value()); break;
                case "--omforsok" or "--omförsök" or "--retries": retries = reader.NonNegativeInt("--omforsok"); break;
                case "--karantan" or "--karantän" or "--quarantine": quarantine = reader.Value(); break;
                case "--del" or "--shard": part = Delar.Part.Parse(reader.Value(), "--del"); break;
                default: throw new UsageException($"Okänt val: {option} (se \"hjälp\").");
            }
        }
        return new RunOptions(environment, filter, workers, noBuild) { HistoryFolder = history, GateFile = gate, ArtifactsFolder = output, DryRun = dryRun, Retries = retries, QuarantineFile = quarantine,
            Part = part ?? Delar.Part.FromEnvironment() };
    }

    /// <summary>"process:P04 & !wip" → "Category=process:P04&Category!=wip" (dotnet test's filter syntax).</summary>
    public static string FromTags(string expression) =>
        TagToken().Replace(expression.Replace(" ", ""), m =>
            m.Groups["not"].Success ? $"Category!={m.Groups["tag"].Value}" : $"Category={m.Groups["tag"].Value}");

    private static string Combine(string? left, string right) => left is null ? right : $"({left})&({right})";

    [GeneratedRegex(@"(?<not>!)?@?(?<tag>[^&|()!\s]+)")]
    private static partial Regex TagToken();
}
