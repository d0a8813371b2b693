namespace E2E.Runner.Execution;

/// <summary>
/// felprov's quick mode (<c>felprov --forsta-fangst</c>): a fault is proven caught by one failed business check, so
/// once a scenario of the run has been caught, the run's remaining scenarios are skipped with the reason. Off unless
/// the variable is "1"; a normal run never skips anything for this.
/// </summary>
public static class FirstCatch
{
    public const string Variable = "E2E_FELPROV_FORSTA_FANGST";

    private static string? _caughtBy;

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>The scenario that was caught first in this run, or null.</summary>
    public static string? CaughtBy => Volatile.Read(ref _caughtBy);

    public static void Record(string scenario) => Interlocked.CompareExchange(ref _caughtBy, scenario, null);

    public static string SkipReason(string caughtBy) =>
        $"Hoppas över: felprov med --forsta-fangst, felet är redan fångat av scenariot \"{caughtBy}\".";
}
