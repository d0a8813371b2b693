namespace E2E.Specs.Support;

/// <summary>
/// The scenario's "today" on the tenants' clock, read when the scenario starts: "idag", "om 5 dagar", ages and
/// short personnummer count from it, never from the machine's calendar. A step that moves the tenants' clock
/// updates it.
/// </summary>
public sealed class ScenarioClock
{
    // The tenants' clock replaces this before the first step; in a dry run (no tenants, no hooks) the run's "now" stands in.
    public DateOnly Today { get; set; } = E2E.Core.Time.SwedishTime.DateOf(E2E.Core.Time.SuiteNow.Value);
}
