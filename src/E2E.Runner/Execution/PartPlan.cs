using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using E2E.Runner.Discovery;

namespace E2E.Runner.Execution;

/// <summary>
/// One part of a run split across CI agents (<c>run --del 2/4</c>): the CLI plans which scenarios this part runs and
/// writes them to del.json in the part's folder; the test host reads the file named by <see cref="Variable"/> and offers
/// only those test cases. After the run the CLI adds dotnet test's exit code, so a merge can tell a finished part.
/// </summary>
public sealed record PartPlan(
    [property: JsonPropertyName("del")] int Part,
    [property: JsonPropertyName("av")] int Parts,
    [property: JsonPropertyName("miljö")] string Environment,
    [property: JsonPropertyName("filter")] string? Filter,
    [property: JsonPropertyName("tid")] DateTimeOffset RunAt,
    [property: JsonPropertyName("väntadTidSekunder")] double ExpectedSeconds,
    [property: JsonPropertyName("scenarier")] IReadOnlyList<string> Scenarios)
{
    public const string Variable = "E2E_DEL_PLAN";
    public const string FileName = "del.json";

    /// <summary>
    /// A fingerprint of the whole split (every part's scenarios, in order). Agents that planned from different features
    /// or different durations (another history) get different fingerprints, and the merge refuses to join them: their
    /// parts could leave a scenario out or run it twice.
    /// </summary>
    [JsonPropertyName("uppdelning")]
    public string? Split { get; init; }

    /// <summary>The fingerprint of a split: the same parts in the same order give the same text on every agent.</summary>
    public static string FingerprintOf(IEnumerable<IEnumerable<string>> parts) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n\n", parts.Select(ids => string.Join("\n", ids))))))[..16];

    /// <summary>dotnet test's exit code once the part has run; null while it runs or when it stopped before the end.</summary>
    [JsonPropertyName("dotnetTestSlutkod")]
    public int? SuiteExitCode { get; init; }

    /// <summary>How many test cases dotnet test counted as failed; null when unknown (the run was aborted).</summary>
    [JsonPropertyName("dotnetTestUnderkända")]
    public int? SuiteFailures { get; init; }

    /// <summary>How long the part's scenarios took, once it has run (a merge's run time is its slowest part's).</summary>
    [JsonPropertyName("körningSekunder")]
    public double? RunSeconds { get; init; }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The id a plan names a scenario by: the test case's name, unique in the run and the same in CLI and host.</summary>
    public static string IdOf(ScenarioCase scenario) => scenario.DisplayName;

    public void Write(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, JsonSerializer.Serialize(this, Json));
    }

    public static PartPlan Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<PartPlan>(File.ReadAllText(file), Json) is { Scenarios: not null } plan ? plan
                : throw new InvalidDataException($"{file}: tom eller ofullständig delplan.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: delplanen går inte att läsa ({e.Message}).", e);
        }
    }

    /// <summary>In the test host: whether this process's part includes the scenario (always, when no part was asked for).</summary>
    public static bool Includes(ScenarioCase scenario) => Current.Value is not { } ids || ids.Contains(IdOf(scenario));

    private static readonly Lazy<HashSet<string>?> Current = new(() =>
        System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file
            ? new HashSet<string>(Read(file).Scenarios, StringComparer.Ordinal)
            : null);
}
