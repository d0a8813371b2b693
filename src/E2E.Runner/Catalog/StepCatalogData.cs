using System.Text.Json;
using System.Text.Json.Serialization;

namespace E2E.Runner.Catalog;

/// <summary>
/// What the step catalogue is made of, as the test host sees it (its binding registry and the features):
/// written as JSON by <see cref="StepCatalogExport"/>, read by the CLI's <c>steg</c> and <c>run</c>.
/// </summary>
public sealed record StepCatalogData(IReadOnlyList<StepEntry> Steps, IReadOnlyList<ParameterEntry> Parameters)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StepCatalogData FromJson(string json) =>
        JsonSerializer.Deserialize<StepCatalogData>(json, Json) ?? throw new InvalidDataException("Stegkatalogens data är tom.");
}

/// <param name="Kind">Givet, När or Så: the step kind a line must have (Och and Men take the kind before them).</param>
/// <param name="Expression">The step as a tester writes it, parameters as {enhet}, {datum} …</param>
/// <param name="Source">Class.Method of the step definition, for the developer who looks it up.</param>
public sealed record StepEntry(
    string Kind, string Expression, string Subject, string? Help, string Source, IReadOnlyList<string> Parameters, IReadOnlyList<StepUse> Uses);

/// <summary>One line of a feature that binds to the step, with outline values filled in.</summary>
/// <param name="Keyword">As written: Givet, När, Så, Och, Men …</param>
/// <param name="Processes">The scenario's process tags (P04 …).</param>
public sealed record StepUse(string Keyword, string Text, string File, int Line, string Scenario, IReadOnlyList<string> Processes);

/// <summary>A parameter type ({enhet} …): what it accepts, in Swedish, and the values when they are a known list.</summary>
public sealed record ParameterEntry(string Name, string? Help, IReadOnlyList<string> Values);
