using E2E.Cli;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Cli.Tests;

/// <summary>Which faults felprov runs, with which scenarios, and when its exit code says "not proven".</summary>
public sealed class FaultProbePlanTests
{
    private static readonly HashSet<string> Covered = ["P04", "P05", "P09", "P14", "P15"];

    [Test]
    public void Without_named_faults_every_known_fault_is_planned_and_the_uncovered_ones_cannot_run()
    {
        var plan = FaultProbe.Plan([], KnownFaults.Threatens, Covered);

        plan.Select(p => p.Fault).Should().Equal(KnownFaults.Threatens.Keys);
        plan.Single(p => p.Fault == KnownFaults.SamsaDown).Should().BeEquivalentTo(new { CanRun = false, Uncovered = new[] { "P11" } });
        plan.Single(p => p.Fault == KnownFaults.DropMessages).CanRun.Should().BeTrue();
    }

    [Test]
    public void The_filter_selects_the_covered_processes_by_their_tag_categories()
    {
        var probe = FaultProbe.Plan([KnownFaults.DuplicateMessages], KnownFaults.Threatens, Covered).Single();

        probe.TestFilter.Should().Be("Category=process:P04|Category=process:P14");
    }

    [Test]
    public void A_fault_left_out_for_lack_of_scenarios_fails_the_exit_code_only_when_it_was_named()
    {
        var caught = new FaultVerdict(1, 0, 0, 0, new ScenarioStop("s", "Så ska …", "fel"), null);
        FaultProbeRow Caught(IReadOnlyList<string> named) =>
            new(FaultProbe.Plan(named, KnownFaults.Threatens, Covered).Single(p => p.Fault == KnownFaults.NoOngoingCaseFlag), caught, 1, null);
        FaultProbeRow LeftOut(IReadOnlyList<string> named) =>
            new(FaultProbe.Plan(named, KnownFaults.Threatens, Covered).Single(p => p.Fault == KnownFaults.SamsaDown), null, null, null);

        new FaultProbeTable("local", [Caught([]), LeftOut([])]).AllCaught.Should().BeTrue();
        string[] named = [KnownFaults.NoOngoingCaseFlag, KnownFaults.SamsaDown];
        new FaultProbeTable("local", [Caught(named), LeftOut(named)]).AllCaught.Should().BeFalse();
    }

    [Test]
    public void An_unknown_fault_is_refused_in_Swedish_listing_the_known_ones()
    {
        var act = () => FaultProbeOptions.Parse(["--fel", "tappa-allt"]);

        act.Should().Throw<UsageException>().WithMessage("Okänt fel \"tappa-allt\". Kända fel: tappa-meddelanden, *");
    }

    [Test]
    public void Quick_mode_is_off_unless_asked_for()
    {
        FaultProbeOptions.Parse(["--fel", "tappa-meddelanden"]).FirstCatchOnly.Should().BeFalse();
        FaultProbeOptions.Parse(["--forsta-fangst"]).FirstCatchOnly.Should().BeTrue();
        FaultProbeOptions.Parse(["--första-fångst"]).FirstCatchOnly.Should().BeTrue();
    }
}
