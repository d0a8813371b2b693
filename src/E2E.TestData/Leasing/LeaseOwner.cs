namespace E2E.TestData.Leasing;

/// <summary>
/// Who holds a lease: the run (E2E_RUN_ID, else one id per process), the process and the store instance, so two
/// stores on one directory, in one process or not, never take each other's leases for their own.
/// </summary>
public sealed record LeaseOwner(string RunId, int ProcessId, string StoreId)
{
    public const string RunIdVariable = "E2E_RUN_ID";

    private static readonly Lazy<string> ProcessRunId = new(() =>
        Environment.GetEnvironmentVariable(RunIdVariable) is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"));

    /// <summary>A new owner for this process's run, distinct from every other store instance.</summary>
    public static LeaseOwner ForThisProcess() =>
        new(ProcessRunId.Value, Environment.ProcessId, Guid.NewGuid().ToString("N"));

    public override string ToString() => $"{RunId}/{ProcessId}/{StoreId}";
}
