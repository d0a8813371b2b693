namespace E2E.Cli;

/// <summary>One timed run of the suite: its worker count, the wall time around dotnet test, and every scenario's timing.</summary>
internal sealed record BenchmarkRun(int Workers, int Repetition, double WallSeconds, int ExitCode, IReadOnlyList<ScenarioTiming> Scenarios)
{
    /// <summary>Peak resident memory of the CLI and everything it started during the run (0: not measured).</summary>
    public long PeakBytes { get; init; }
}
