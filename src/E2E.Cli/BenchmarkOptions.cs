namespace E2E.Cli;

/// <summary>What "benchmark" was asked to do: how many runs per worker count, and which suite (as "run" chooses it).</summary>
internal sealed record BenchmarkOptions(int Repetitions, IReadOnlyList<int> WorkerCounts, RunOptions Suite)
{
    public const int DefaultRepetitions = 3;

    /// <summary>Times the P04 flow runs in the comparison with plain Playwright (after one warm-up).</summary>
    public const int ComparisonTimes = 5;

    /// <summary>"--jamfor": only the comparison with plain Playwright.</summary>
    public bool ComparisonOnly { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var repetitions = DefaultRepetitions;
        IReadOnlyList<int> workers = [1, 2];
        var suiteArgs = new List<string>();
        var comparisonOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"Värde saknas efter {args[i]}.");
            switch (args[i])
            {
                case "--gånger" or "--ganger" or "--times": repetitions = Positive(args[i], Value()); break;
                case "--arbetare" or "--workers":
                    var name = args[i];
                    workers = [.. Value().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(v => Positive(name, v)).Distinct().Order()];
                    if (workers.Count == 0) throw new UsageException($"{name} behöver minst ett antal, t.ex. 1,2.");
                    break;
                case "--jamfor" or "--jämför": comparisonOnly = true; break;
                // Environment, tags and filter mean what they mean to "run".
                default: suiteArgs.Add(args[i]); break;
            }
        }
        return new BenchmarkOptions(repetitions, workers, RunOptions.Parse([.. suiteArgs]) with { NoBuild = true }) { ComparisonOnly = comparisonOnly };
    }

    private static int Positive(string option, string value) => int.TryParse(value, out var n) && n > 0 ? n
        : throw new UsageException($"{option} måste vara ett positivt heltal, inte \"{value}\".");
}
