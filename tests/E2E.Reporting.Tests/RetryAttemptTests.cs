using E2E.Reporting.Gate;
using E2E.Reporting.Matrix;
using E2E.Reporting.Model;
using E2E.Reporting.Reqnroll;
using E2E.Reporting.Results;
using FluentAssertions;
using NUnit.Framework;
using static E2E.Reporting.Tests.Support.MatrixScenarios;

namespace E2E.Reporting.Tests;

/// <summary>Retries: every attempt is its own result, the one that passed after a failure is flaky, and the matrix sees the last.</summary>
public sealed class RetryAttemptTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 13, 0, 0, TimeSpan.Zero);
    private string _results = "";

    [SetUp]
    public void MakeFolder() => _results = Directory.CreateTempSubdirectory("e2e-omforsok-").FullName;

    [TearDown]
    public void CleanUp() => Directory.Delete(_results, recursive: true);

    private AllureTestResult Attempt(int number, string status, int retries = 1)
    {
        var result = new AllureTestResult
        {
            Uuid = Guid.NewGuid().ToString(), HistoryId = "h-p04", Name = "Meddelandet kommer fram", Start = number * 10, Stop = number * 10 + 5,
            Labels = [new AllureLabel(ReportLabels.Process, "P04"), new AllureLabel(ReportLabels.Direction, "Samvy→SAMSA")],
        };
        var recording = new ScenarioRecording(result, new AllureResultsWriter(_results));
        var details = status == AllureStatus.Passed ? null : new AllureStatusDetails("Meddelandet kom inte fram", null);
        (status, details) = RetryAttempts.Mark(recording, (number, retries), status, details);
        recording.Finish(status, details, result.Stop);
        return result;
    }

    [Test]
    public void A_pass_after_a_failed_attempt_is_flaky_and_the_failed_attempt_is_not()
    {
        var first = Attempt(1, AllureStatus.Failed);
        var second = Attempt(2, AllureStatus.Passed);

        first.StatusDetails!.Flaky.Should().BeNull();
        second.StatusDetails!.Flaky.Should().BeTrue();
        first.HistoryId.Should().Be(second.HistoryId);
        first.Uuid.Should().NotBe(second.Uuid);
        new[] { first, second }.Select(r => r.Parameters.Single(p => p.Name == "försök")).Should()
            .Equal(new AllureParameter("försök", "1", true), new AllureParameter("försök", "2", true));
        Directory.GetFiles(_results, "*-result.json").Should().HaveCount(2, "every attempt is kept");
    }

    [Test]
    public void A_pass_on_the_first_attempt_is_not_flaky()
    {
        Attempt(1, AllureStatus.Passed).StatusDetails.Should().BeNull();
    }

    [Test]
    public void The_matrix_counts_only_the_last_attempt_of_a_scenario()
    {
        var scenarios = MatrixScenario.Of([Attempt(2, AllureStatus.Passed), Attempt(1, AllureStatus.Failed)]);

        var scenario = scenarios.Should().ContainSingle().Subject;
        (scenario.Passed, scenario.Flaky, scenario.Attempts).Should().Be((true, true, 2));
        var cell = MatrixOf(scenarios, At).Row("P04")!.Cells.Single(c => c.Direction == "Samvy→SAMSA");
        (cell.State, cell.Scenarios, cell.Passed, cell.Flaky).Should().Be((CellState.Green, 1, 1, 1));
    }

    [Test]
    public void A_scenario_that_failed_every_attempt_counts_once_as_failed()
    {
        var scenarios = MatrixScenario.Of([Attempt(1, AllureStatus.Failed, retries: 2), Attempt(2, AllureStatus.Failed, retries: 2), Attempt(3, AllureStatus.Failed, retries: 2)]);

        scenarios.Should().ContainSingle().Which.Should().Match<MatrixScenario>(s => s.Failed && !s.Flaky && s.Attempts == 3);
    }

    [Test]
    public void The_gate_refuses_a_critical_scenario_that_was_flaky_and_lets_a_flaky_normal_one_pass()
    {
        var rules = new ReleaseGateRules { NoFlakyCriticalScenarios = true };
        var flakyCritical = AllGreenP04AndP09().Select(s => s.Directions.Contains("Samvy→SAMSA") ? s with { Flaky = true, Attempts = 2 } : s).ToList();
        var flakyNormal = AllGreenP04AndP09().Select(s => s.Process == "P09" ? s with { Flaky = true, Attempts = 2 } : s).ToList();

        var refused = ReleaseGate.Judge(rules, MatrixOf(flakyCritical, At), selectionOnly: false);
        refused.Passed.Should().BeFalse();
        refused.Lines().Should().Contain("  ✘ Inga instabila kritiska scenarier: P04: P04 passed Samvy→SAMSA godkändes först i försök 2");
        ReleaseGate.Judge(rules, MatrixOf(flakyNormal, At), selectionOnly: false).Passed.Should().BeTrue();
        ReleaseGate.Judge(rules with { CriticalProcesses = ["P09"] }, MatrixOf(flakyNormal, At), selectionOnly: false).Passed
            .Should().BeFalse("a process listed as critical makes its scenarios critical");
    }

    [Test]
    public void A_flaky_critical_scenario_in_a_quarantine_that_holds_passes_the_flaky_rule_until_the_quarantine_expires()
    {
        var rules = new ReleaseGateRules { NoFlakyCriticalScenarios = true };
        List<MatrixScenario> FlakyCritical(bool expired) => [.. AllGreenP04AndP09().Select(s => s.Directions.Contains("Samvy→SAMSA")
            ? s with { Flaky = true, Attempts = 2, Quarantine = new(new DateOnly(2026, 12, 31), "känt fel", null, expired) } : s)];

        ReleaseGate.Judge(rules, MatrixOf(FlakyCritical(expired: false), At), selectionOnly: false).Passed
            .Should().BeTrue("failing it would be forgiven while the quarantine holds, so passing on a retry is too");
        ReleaseGate.Judge(rules, MatrixOf(FlakyCritical(expired: true), At), selectionOnly: false).Passed.Should().BeFalse();
    }

    [Test]
    public void The_reporter_reads_the_attempt_under_the_keys_the_runner_writes() =>
        (RetryAttempts.NumberKey, RetryAttempts.RetriesKey).Should()
            .Be((E2E.Runner.Execution.ScenarioAttempt.NumberKey, E2E.Runner.Execution.ScenarioAttempt.RetriesKey));
}
