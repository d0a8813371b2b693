namespace E2E.TestData;

/// <summary>
/// The run's data seed (env E2E_SEED, else random). Each scenario derives its own seed from it and its title,
/// so a reported seed replays the same patients.
/// </summary>
public static class TestDataSeed
{
    public const string VariableName = "E2E_SEED";

    public static int Run { get; } = int.TryParse(Environment.GetEnvironmentVariable(VariableName), out var seed)
        ? seed
        : Random.Shared.Next(1, int.MaxValue);

    public static int ForScenario(string scenarioTitle)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in scenarioTitle) hash = (hash ^ c) * 16777619u;
        return (int)((hash ^ (uint)Run) & 0x7FFFFFFF);
    }
}
