using System.Globalization;

namespace E2E.TestData;

/// <summary>
/// The run's data seed (env E2E_SEED, else random). Each scenario derives its own seed from it and its identity
/// (feature, title, example values), so a reported run seed replays the same patients.
/// </summary>
public static class TestDataSeed
{
    public const string VariableName = "E2E_SEED";

    public static int Run { get; } = int.TryParse(
        Environment.GetEnvironmentVariable(VariableName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : Random.Shared.Next(1, int.MaxValue);

    /// <summary>Seed for a scenario known by its title only (kept: seeds in older reports still replay).</summary>
    public static int ForScenario(string scenarioTitle) => Derive(Run, scenarioTitle);

    /// <summary>
    /// Seed for a scenario by feature, title and example values, so two features' equally named scenarios and the
    /// rows of one outline get different data.
    /// </summary>
    public static int ForScenario(string featureTitle, string scenarioTitle, params string[] exampleValues) =>
        Derive(Run, [featureTitle, scenarioTitle, .. exampleValues]);

    /// <summary>Pure: the same run seed and parts always give the same scenario seed, in every process.</summary>
    public static int Derive(int runSeed, params string[] parts)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode. Parts are joined with a unit separator.
        var hash = 2166136261u;
        foreach (var c in string.Join('\u001f', parts)) hash = (hash ^ c) * 16777619u;
        return (int)((hash ^ (uint)runSeed) & 0x7FFFFFFF);
    }
}
