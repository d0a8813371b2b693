using E2E.Tenants.Integration.Simulation;

namespace E2E.Cli;

/// <summary>What "felprov" was asked to do. The environment defaults to E2E_ENVIRONMENT, else local.</summary>
internal sealed record FaultProbeOptions(string Environment, IReadOnlyList<string> Faults, int? Workers, string? OutputDirectory)
{
    public static FaultProbeOptions Parse(string[] args)
    {
        var environment = System.Environment.GetEnvironmentVariable("E2E_ENVIRONMENT") is { Length: > 0 } e ? e : "local";
        var faults = new List<string>();
        int? workers = null;
        string? output = null;
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
                default: throw new UsageException($"Okänt val för felprov: {option} (se \"hjälp\").");
            }
        }
        if (faults.FirstOrDefault(f => !KnownFaults.IsKnown(f)) is { } unknown)
            throw new UsageException(KnownFaults.UnknownMessage(unknown));
        return new FaultProbeOptions(environment, faults, workers, output);
    }
}
