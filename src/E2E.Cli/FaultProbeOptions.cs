using E2E.Tenants.Integration.Simulation;

namespace E2E.Cli;

/// <summary>What "felprov" was asked to do. The environment defaults to E2E_ENVIRONMENT, else local.</summary>
/// <remarks>FirstCatchOnly (--forsta-fangst): each fault's run stops at its first catch; quicker, fewer scenarios proven.</remarks>
internal sealed record FaultProbeOptions(string Environment, IReadOnlyList<string> Faults, int? Workers, string? OutputDirectory, bool FirstCatchOnly = false)
{
    public static FaultProbeOptions Parse(string[] args)
    {
        var environment = System.Environment.GetEnvironmentVariable("E2E_ENVIRONMENT") is { Length: > 0 } e ? e : "local";
        var faults = new List<string>();
        int? workers = null;
        string? output = null;
        var firstCatchOnly = false;
        var reader = new OptionReader(args);
        while (reader.Next() is { } option)
        {
            switch (option)
            {
                case "--fel" or "--fault":
                    faults.AddRange(reader.Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--miljo" or "--miljö" or "--env": environment = reader.Value(); break;
                case "--arbetare" or "--workers": workers = reader.PositiveInt("--arbetare"); break;
                case "--ut": output = Path.GetFullPath(reader.Value()); break;
                case "--forsta-fangst" or "--första-fångst" or "--first-catch": firstCatchOnly = true; break;
                default: throw new UsageException($"Okänt val för felprov: {option} (se \"hjälp\").");
            }
        }
        if (faults.FirstOrDefault(f => !KnownFaults.IsKnown(f)) is { } unknown)
            throw new UsageException(KnownFaults.UnknownMessage(unknown));
        return new FaultProbeOptions(environment, faults, workers, output, firstCatchOnly);
    }
}
