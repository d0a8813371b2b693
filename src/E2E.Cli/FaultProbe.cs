namespace E2E.Cli;

/// <summary>
/// One fault of a felprov: the processes it threatens (KnownFaults.Threatens), split into those with scenarios in
/// features/ and those without. Requested is true when the fault was named with --fel.
/// </summary>
internal sealed record FaultProbe(string Fault, IReadOnlyList<string> Processes, IReadOnlyList<string> Covered, bool Requested)
{
    public IReadOnlyList<string> Uncovered => [.. Processes.Except(Covered)];

    public bool CanRun => Covered.Count > 0;

    /// <summary>The dotnet test filter selecting the covered processes' scenarios (tags are NUnit categories).</summary>
    public string TestFilter => RunOptions.FromTags(string.Join("|", Covered.Select(p => $"process:{p}")));

    /// <summary>The named faults in the order given, or every known fault when none is named.</summary>
    public static IReadOnlyList<FaultProbe> Plan(IReadOnlyList<string> named, IReadOnlyDictionary<string, string[]> threatens,
        IReadOnlySet<string> processesWithScenarios)
    {
        var requested = named.Count > 0;
        var faults = requested ? named.Distinct(StringComparer.Ordinal) : threatens.Keys;
        return [.. faults.Select(f => new FaultProbe(f, threatens[f], [.. threatens[f].Where(processesWithScenarios.Contains)], requested))];
    }
}
