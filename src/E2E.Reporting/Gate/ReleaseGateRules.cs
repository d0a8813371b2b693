using System.Text.Json.Serialization;

namespace E2E.Reporting.Gate;

/// <summary>
/// The release gate as features/releasegrind.json states it. A rule left out (or null) is not applied; the file, not
/// the code, decides what a release needs.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReleaseGateRules
{
    public const string FileName = "releasegrind.json";

    /// <summary>Free text for the reader of the file; not a rule.</summary>
    [JsonPropertyName("beskrivning")] public string? Description { get; init; }

    /// <summary>Every critical process (a scenario tagged @critical or @blocker, or listed below) green in each direction that applies.</summary>
    [JsonPropertyName("kritiskaProcesserGrönaIAllaRiktningar")] public bool? CriticalGreenEverywhere { get; init; }

    /// <summary>Processes that are critical whatever their scenarios' tags say.</summary>
    [JsonPropertyName("kritiskaProcesser")] public List<string>? CriticalProcesses { get; init; }

    /// <summary>No process of the catalogue without scenarios.</summary>
    [JsonPropertyName("ingenProcessEjTäckt")] public bool? NoProcessUncovered { get; init; }

    /// <summary>No direction that applies to a process without a scenario there.</summary>
    [JsonPropertyName("ingenRiktningEjTäckt")] public bool? NoDirectionUncovered { get; init; }

    /// <summary>At most this many failed or broken scenarios (miljöfel not counted: they are exit code 3).</summary>
    [JsonPropertyName("högstAntalUnderkända")] public int? MaxFailures { get; init; }

    /// <summary>No critical scenario (@critical/@blocker, or of a critical process) passed only on a retry.</summary>
    [JsonPropertyName("ingaInstabilaKritiskaScenarier")] public bool? NoFlakyCriticalScenarios { get; init; }

    /// <summary>At least this many scenarios per process.</summary>
    [JsonPropertyName("minstAntalScenarierPerProcess")] public int? MinScenariosPerProcess { get; init; }
}
