using Reqnroll;

namespace E2E.Runner.Discovery;

/// <summary>The kind of step Reqnroll must match, resolved from the keyword ("Och" after "Givet" is a Given).</summary>
public enum StepKind { Given, When, Then }

/// <summary>One step of a scenario as the tester wrote it, with outline values already filled in.</summary>
public sealed record ScenarioStep(
    string Keyword,
    string Text,
    StepKind Kind,
    int Line,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? DataTable)
{
    /// <summary>The step is written under Bakgrund (the feature's or the rule's) and runs before the scenario's own.</summary>
    public bool FromBackground { get; init; }

    /// <summary>"Givet att …", the way the tester reads it.</summary>
    public string DisplayText => Keyword + Text;

    /// <summary>A fresh Reqnroll table per call: step code may mutate the one it gets.</summary>
    public Table? CreateTable()
    {
        if (DataTable is null || DataTable.Count == 0) return null;
        var table = new Table(DataTable[0].ToArray());
        foreach (var row in DataTable.Skip(1)) table.AddRow(row.ToArray());
        return table;
    }
}
