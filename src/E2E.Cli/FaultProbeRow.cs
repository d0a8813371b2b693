namespace E2E.Cli;

/// <summary>One line of the felprov table: the fault, and its verdict when it was run (null: not probed).</summary>
internal sealed record FaultProbeRow(FaultProbe Probe, FaultVerdict? Verdict, int? ExitCode, string? ResultsDirectory)
{
    public string Outcome => Verdict switch
    {
        null => "ej prövat",
        { IsCaughtAsEnvironment: true } => "fångat som miljöfel",
        { IsCaught: true } => "fångat",
        _ => "INTE FÅNGAT",
    };
}
