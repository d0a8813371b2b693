using FluentAssertions;
using NUnit.Framework;
using E2E.Reporting.Gate;
using E2E.Reporting.Matrix;
using static E2E.Reporting.Tests.Support.MatrixScenarios;

namespace E2E.Reporting.Tests;

/// <summary>Each rule of features/releasegrind.json, made to fail by a run that breaks it, and passed by one that does not.</summary>
public class ReleaseGateTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 13, 0, 0, TimeSpan.Zero);

    private static readonly ReleaseGateRules AllRules = new()
    {
        CriticalGreenEverywhere = true, NoProcessUncovered = true, NoDirectionUncovered = true, MaxFailures = 0, MinScenariosPerProcess = 1,
    };

    private static List<MatrixScenario> AllGreen() =>
        [.. AllGreenP04AndP09(), .. Directions.Select(d => Scenario("P10", "passed", directions: d))];

    private static GateRuleOutcome Failed(GateVerdict verdict)
    {
        verdict.Passed.Should().BeFalse();
        return verdict.Rules.Single(r => !r.Passed);
    }

    [Test]
    public void A_run_where_every_process_is_green_everywhere_passes_every_rule()
    {
        var verdict = ReleaseGate.Judge(AllRules, MatrixOf(AllGreen(), At), selectionOnly: false);

        verdict.Passed.Should().BeTrue();
        verdict.Rules.Should().HaveCount(5);
        verdict.Lines().First().Should().Be("Releasegrind: GODKÄND");
    }

    [Test]
    public void A_critical_process_red_in_one_direction_fails_the_critical_rule()
    {
        var scenarios = AllGreen();
        scenarios.Add(Scenario("P04", "failed", "Fel mottagare", severity: "critical", directions: "Samvy→Samvy"));

        var rule = Failed(ReleaseGate.Judge(AllRules with { MaxFailures = null }, MatrixOf(scenarios, At), selectionOnly: false));

        rule.Rule.Should().Be("Kritiska processer gröna i alla riktningar som gäller");
        rule.Why.Should().Be("P04 Inskrivningsmeddelande är röd i Samvy→Samvy");
    }

    [Test]
    public void A_process_listed_as_critical_counts_even_when_no_scenario_is_tagged_critical()
    {
        var scenarios = AllGreen().Where(s => !(s.Process == "P10" && s.Directions.Contains("SAMSA→SAMSA"))).ToList();
        var rules = new ReleaseGateRules { CriticalGreenEverywhere = true, CriticalProcesses = ["P10"] };

        Failed(ReleaseGate.Judge(rules, MatrixOf(scenarios, At), selectionOnly: false)).Why
            .Should().Be("P10 Uppföljning och statistik är ej täckt i SAMSA→SAMSA");
    }

    [Test]
    public void A_process_without_scenarios_fails_the_coverage_rule_unless_the_run_was_a_selection()
    {
        var rules = new ReleaseGateRules { NoProcessUncovered = true };
        var matrix = MatrixOf(AllGreenP04AndP09(), At);

        var rule = Failed(ReleaseGate.Judge(rules, matrix, selectionOnly: false));
        rule.Rule.Should().Be("Ingen process ej täckt");
        rule.Why.Should().Be("P10 Uppföljning och statistik har inga scenarier");

        var selection = ReleaseGate.Judge(rules, matrix, selectionOnly: true);
        selection.Passed.Should().BeTrue();
        selection.Lines().First().Should().Contain("urval");
    }

    [Test]
    public void A_selection_is_judged_on_what_ran_a_direction_left_out_is_no_gap_but_a_red_one_is()
    {
        var oneDirection = AllGreenP04AndP09().Where(s => s.Directions.Contains("SAMSA→Samvy")).ToList();
        ReleaseGate.Judge(AllRules, MatrixOf(oneDirection, At), selectionOnly: true).Passed.Should().BeTrue();

        oneDirection.Add(Scenario("P04", "failed", "Fel mottagare", severity: "critical", directions: "SAMSA→Samvy"));
        var verdict = ReleaseGate.Judge(AllRules with { MaxFailures = null }, MatrixOf(oneDirection, At), selectionOnly: true);
        Failed(verdict).Why.Should().Be("P04 Inskrivningsmeddelande är röd i SAMSA→Samvy");
    }

    [Test]
    public void A_direction_that_applies_without_a_scenario_fails_the_direction_rule()
    {
        var scenarios = AllGreen().Where(s => !(s.Process == "P04" && s.Directions.Contains("Samvy→SAMSA"))).ToList();

        var rule = Failed(ReleaseGate.Judge(new ReleaseGateRules { NoDirectionUncovered = true }, MatrixOf(scenarios, At), selectionOnly: false));

        rule.Rule.Should().Be("Ingen riktning som gäller ej täckt");
        rule.Why.Should().Be("P04 Inskrivningsmeddelande i Samvy→SAMSA");
    }

    [Test]
    public void More_failures_than_allowed_fail_the_failure_rule_and_environment_failures_are_not_counted()
    {
        var scenarios = AllGreen();
        scenarios.Add(Scenario("P10", "failed", "Två dagar för mycket", directions: "SAMSA→SAMSA"));
        scenarios.Add(Scenario("P10", "broken", "NullReferenceException", directions: "SAMSA→Samvy"));
        scenarios.Add(Scenario("P10", MatrixScenario.Unreachable, "MILJÖFEL: SAMSA i miljön local svarade inte", directions: "Samvy→Samvy"));

        var rule = Failed(ReleaseGate.Judge(new ReleaseGateRules { MaxFailures = 1 }, MatrixOf(scenarios, At), selectionOnly: false));

        rule.Rule.Should().Be("Högst 1 underkända scenarier");
        rule.Why.Should().Be("2 scenarier är underkända eller trasiga");
        ReleaseGate.Judge(new ReleaseGateRules { MaxFailures = 2 }, MatrixOf(scenarios, At), selectionOnly: false).Passed.Should().BeTrue();
    }

    [Test]
    public void A_process_with_too_few_scenarios_fails_the_minimum_rule()
    {
        var rule = Failed(ReleaseGate.Judge(new ReleaseGateRules { MinScenariosPerProcess = 2 }, MatrixOf(AllGreen(), At), selectionOnly: false));

        rule.Rule.Should().Be("Minst 2 scenarier per process");
        rule.Why.Should().Be("P09 SAMSA-ärende pågår har 1");
    }
}
