using FluentAssertions;
using NUnit.Framework;

namespace E2E.Cli.Tests;

public class BenchmarkReportTests
{
    private static readonly MachineFacts Machine = new(2, "Linux", ".NET 10", "10.0.100", "abc1234", false, null, null, null);

    private static BenchmarkReport Report(params BenchmarkRun[] runs) => BenchmarkReport.Create(Machine,
        new BenchmarkReport.Setup("local", null, 2, [1, 2], 30, 400), runs, id => $"{id} Titel");

    private static ScenarioTiming Scenario(string process, double seconds, string status = "passed") => new(process, "s", status, seconds);

    [Test]
    public void Seconds_per_scenario_are_pooled_per_process_and_worker_count_over_all_repetitions()
    {
        var report = Report(
            new BenchmarkRun(1, 1, 100, 0, [Scenario("P04", 10), Scenario("P04", 20), Scenario("P09", 5)]),
            new BenchmarkRun(1, 2, 110, 0, [Scenario("P04", 30), Scenario("P04", 40), Scenario("P09", 7)]),
            new BenchmarkRun(2, 1, 60, 0, [Scenario("P04", 12), Scenario("P04", 22), Scenario("P09", 6)]),
            new BenchmarkRun(2, 2, 80, 0, [Scenario("P04", 14), Scenario("P04", 24), Scenario("P09", 8)]));

        var p04 = report.Processes.Single(p => p.Process == "P04");
        p04.Title.Should().Be("P04 Titel");
        p04.Scenarios.Should().Be(2, "two scenarios a run, whatever the number of repetitions");
        p04.ByWorkers.Should().Equal(
            new BenchmarkReport.Spread(1, 4, 25, 38.5),   // 10 20 30 40: p95 rank 2.85 → 30 + 0.85 · 10
            new BenchmarkReport.Spread(2, 4, 18, 23.7));  // 12 14 22 24: p95 rank 2.85 → 22 + 0.85 · 2
        report.Processes.Select(p => p.Process).Should().Equal("P04", "P09", BenchmarkReport.AllProcesses);
        report.Processes[^1].Scenarios.Should().Be(3);
        report.Processes[^1].ByWorkers[0].Samples.Should().Be(6);
    }

    [Test]
    public void Wall_time_per_worker_count_has_median_and_max_and_the_two_worker_max_is_judged_against_240_seconds()
    {
        var report = Report(
            new BenchmarkRun(1, 1, 100, 0, [Scenario("P04", 10)]), new BenchmarkRun(2, 1, 60, 0, [Scenario("P04", 10)]),
            new BenchmarkRun(1, 2, 130, 0, [Scenario("P04", 10)]), new BenchmarkRun(2, 2, 90, 0, [Scenario("P04", 10)]));

        report.Runs.Select(w => (w.Workers, w.Runs, w.MedianSeconds, w.MaxSeconds)).Should().Equal((1, 2, 115.0, 130.0), (2, 2, 75.0, 90.0));
        report.Budget.Should().Be(new BenchmarkReport.BudgetVerdict(240, 2, 90));
        report.Budget.Within.Should().BeTrue();
        report.Passed.Should().BeTrue();
    }

    [Test]
    public void Over_budget_fails_the_benchmark_with_the_reason()
    {
        var report = Report(new BenchmarkRun(2, 1, 250, 0, [Scenario("P04", 10)]), new BenchmarkRun(2, 2, 481, 0, [Scenario("P04", 10)]));

        report.Budget.Within.Should().BeFalse();
        report.Passed.Should().BeFalse();
        report.Problems.Should().ContainSingle().Which.Should().Contain("ÖVER BUDGET").And.Contain("481.0");
    }

    [Test]
    public void A_failing_scenario_or_exit_code_fails_the_benchmark_and_skipped_scenarios_are_not_samples()
    {
        var report = Report(new BenchmarkRun(2, 1, 60, 1,
            [Scenario("P04", 10), Scenario("P04", 11, "failed"), Scenario("P09", 0.01, "skipped")]));

        report.Passed.Should().BeFalse();
        report.FailedScenarios.Should().Be(1);
        report.SkippedScenarios.Should().Be(1);
        report.Problems.Should().HaveCount(2);
        report.Processes.Select(p => p.Process).Should().Equal("P04", BenchmarkReport.AllProcesses);
    }

    [Test]
    public void Without_a_two_worker_run_there_is_no_budget_verdict_and_without_scenarios_no_pass()
    {
        var report = Report(new BenchmarkRun(1, 1, 500, 0, []));

        report.Budget.Within.Should().BeNull();
        report.Processes.Should().BeEmpty();
        report.Problems.Should().Equal("inga scenarier kördes");
    }
}
