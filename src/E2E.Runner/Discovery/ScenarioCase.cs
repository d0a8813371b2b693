using System.Collections.Specialized;

namespace E2E.Runner.Discovery;

/// <summary>
/// One runnable scenario (or one Examples row of a scenario outline), or a feature file that could not be read.
/// Each becomes one NUnit test case.
/// </summary>
public sealed record ScenarioCase
{
    public required string FeatureFile { get; init; }
    public required string DisplayName { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public FeatureDefinition? Feature { get; init; }
    public string? ScenarioTitle { get; init; }
    public string? ScenarioDescription { get; init; }
    public IReadOnlyList<string> ScenarioTags { get; init; } = [];
    public RuleDefinition? Rule { get; init; }
    public OrderedDictionary Arguments { get; init; } = new();
    public IReadOnlyList<ScenarioStep> Steps { get; init; } = [];
    public int Line { get; init; }
    public string PickleIndex { get; init; } = "0";

    /// <summary>Set when the feature file does not parse: the case then fails with this message.</summary>
    public string? ParseError { get; init; }

    public override string ToString() => DisplayName;
}

/// <summary>A Regel (rule) that groups scenarios; it may carry its own tags and Bakgrund.</summary>
public sealed record RuleDefinition(string Title, string? Description, IReadOnlyList<string> Tags);
