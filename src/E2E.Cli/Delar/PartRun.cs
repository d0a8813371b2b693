using E2E.Runner.Execution;

namespace E2E.Cli.Delar;

/// <summary>
/// "run --del k/n": the part's plan in del.json of its folder, named to the test host by <see cref="PartPlan.Variable"/>,
/// and after the run dotnet test's exit code and time added to it, so that "rapport --sla-ihop" knows the part finished.
/// </summary>
internal sealed class PartRun(PartPlan plan, string artifacts)
{
    private string File => Path.Combine(artifacts, PartPlan.FileName);

    public PartPlan Plan { get; private set; } = plan;

    public static PartRun Start(string root, RunOptions options, string historyFolder, DateTimeOffset runAt, string artifacts)
    {
        var part = options.Part ?? throw new InvalidOperationException("Ingen del att planera.");
        var run = new PartRun(PartPlanner.Plan(root, part, options.Environment, options.TestFilter, historyFolder, runAt), artifacts);
        run.Plan.Write(run.File);
        return run;
    }

    public SuiteProcess.Variant Variant(RunOptions options) =>
        new(new Dictionary<string, string> { [PartPlan.Variable] = File }, options.NoBuild, artifacts);

    public void Finished(SuiteProcess.Outcome outcome, TimeSpan elapsed)
    {
        Plan = Plan with { SuiteExitCode = outcome.ExitCode, SuiteFailures = outcome.KnownFailures, RunSeconds = Math.Round(elapsed.TotalSeconds, 1) };
        Plan.Write(File);
    }

    /// <summary>No scenario at all fell to this part: nothing is started, and the merge still finds a finished part.</summary>
    public int NothingToRun()
    {
        Finished(new SuiteProcess.Outcome(0, 0, 0), TimeSpan.Zero);
        return new Part(Plan.Part, Plan.Parts).EndWithNothingToRun(artifacts);
    }
}
