namespace E2E.Reporting.Gate;

/// <summary>One rule of the release gate and how this run did against it, in Swedish.</summary>
public sealed record GateRuleOutcome(string Rule, bool Passed, string? Why);

/// <summary>The release gate's verdict over a run: passed only when every applied rule passed.</summary>
public sealed record GateVerdict(IReadOnlyList<GateRuleOutcome> Rules, bool SelectionOnly)
{
    public bool Passed => Rules.All(r => r.Passed);

    public IEnumerable<string> Lines()
    {
        yield return $"Releasegrind: {(Passed ? "GODKÄND" : "UNDERKÄND")}" +
                     (SelectionOnly ? " (urval: bara det som kördes bedöms)" : "");
        foreach (var rule in Rules)
            yield return $"  {(rule.Passed ? "✔" : "✘")} {rule.Rule}{(rule.Passed || rule.Why is null ? "" : $": {rule.Why}")}";
    }
}
