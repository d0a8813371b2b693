namespace E2E.Reporting.Processes;

/// <summary>
/// How a process stands in each direction between the systems: green or red from the scenarios that ran there,
/// "ej täckt" where it applies but nothing ran, and the directions that do not apply to it, with why.
/// </summary>
public static class DirectionCoverage
{
    public enum State { Green, Red, NotCovered }

    /// <summary>One scenario's result: the directions it crossed and its Allure status.</summary>
    public sealed record ScenarioOutcome(IReadOnlyList<string> Directions, string Status);

    public sealed record Line(IReadOnlyList<(string Direction, State State)> Applying, IReadOnlyList<string> NotApplying, string? WhyNot)
    {
        public string Text()
        {
            var applying = string.Join(", ", Applying.Select(a => $"{a.Direction} {Word(a.State)}"));
            if (NotApplying.Count == 0) return applying;
            return $"{applying}; gäller inte: {string.Join(", ", NotApplying)}{(WhyNot is null ? "" : $" ({WhyNot})")}";
        }

        private static string Word(State state) => state switch { State.Green => "grön", State.Red => "röd", _ => "ej täckt" };
    }

    // Skipped scenarios prove nothing in a direction: they neither colour it nor cover it.
    public static Line Of(ProcessCatalog catalog, string processId, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var applies = catalog.DirectionsOf(processId);
        var ran = outcomes.Where(o => o.Status != "skipped").ToList();
        var applying = applies.Select(d =>
        {
            var there = ran.Where(o => o.Directions.Contains(d)).ToList();
            var state = there.Count == 0 ? State.NotCovered : there.All(o => o.Status == "passed") ? State.Green : State.Red;
            return (d, state);
        }).ToList();
        var notApplying = catalog.Directions.Where(d => !applies.Contains(d)).ToList();
        var why = catalog.Processes.FirstOrDefault(p => p.Id == processId)?.WhyNotOthers;
        return new Line(applying, notApplying, why);
    }
}
