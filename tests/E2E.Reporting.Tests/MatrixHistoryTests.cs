using FluentAssertions;
using NUnit.Framework;
using E2E.Reporting.History;
using E2E.Reporting.Matrix;
using E2E.Reporting.Tests.Support;
using static E2E.Reporting.Tests.Support.MatrixScenarios;

namespace E2E.Reporting.Tests;

public class MatrixHistoryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.FromHours(1));

    private static List<MatrixScenario> P04RedIn(string direction) =>
        [.. AllGreenP04AndP09().Select(s => s.Process == "P04" && s.Directions.Contains(direction)
            ? s with { Status = "failed", Message = "Meddelandet kom fram två gånger." } : s)];

    private static MatrixHistory.Result Replay(params (DateTimeOffset At, List<MatrixScenario> Scenarios)[] runs)
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, MatrixHistoryFile.FileName);
        foreach (var (at, scenarios) in runs.SkipLast(1)) MatrixHistoryFile.Append(file, MatrixOf(scenarios, at));
        var last = runs[^1];
        return MatrixHistory.Apply(MatrixOf(last.Scenarios, last.At), MatrixHistoryFile.Read(file));
    }

    [Test]
    public void A_cell_that_turned_red_says_since_when_and_when_it_was_last_green()
    {
        var result = Replay((Monday, AllGreenP04AndP09()), (Monday.AddDays(1), P04RedIn("Samvy→SAMSA")), (Monday.AddDays(2), P04RedIn("Samvy→SAMSA")));

        var cell = result.Matrix.Row("P04")!.Cells.Single(c => c.Direction == "Samvy→SAMSA");
        cell.State.Should().Be(CellState.Red);
        cell.RedSince.Should().Be(Monday.AddDays(1));
        cell.LastGreen.Should().Be(Monday);
        cell.NewlyRed.Should().BeFalse("it was already red in the run before");
        result.Matrix.Row("P04")!.Cells.Single(c => c.Direction == "SAMSA→Samvy").LastGreen.Should().Be(Monday.AddDays(2));
    }

    [Test]
    public void A_cell_red_for_the_first_time_is_newly_red_and_red_since_this_run()
    {
        var result = Replay((Monday, AllGreenP04AndP09()), (Monday.AddDays(1), P04RedIn("SAMSA→SAMSA")));

        var cell = result.Matrix.Row("P04")!.Cells.Single(c => c.Direction == "SAMSA→SAMSA");
        (cell.NewlyRed, cell.RedSince, cell.LastGreen).Should().Be((true, Monday.AddDays(1), Monday));
        result.NewlyBroken.Select(s => s.Directions.Single()).Should().Equal("SAMSA→SAMSA");
    }

    [Test]
    public void A_run_that_did_not_select_the_process_does_not_end_a_red_streak()
    {
        var onlyP09 = AllGreenP04AndP09().Where(s => s.Process == "P09").ToList();
        var result = Replay((Monday, P04RedIn("Samvy→SAMSA")), (Monday.AddDays(1), onlyP09), (Monday.AddDays(2), P04RedIn("Samvy→SAMSA")));

        result.Matrix.Row("P04")!.Cells.Single(c => c.Direction == "Samvy→SAMSA").RedSince.Should().Be(Monday);
    }

    [Test]
    public void A_fixed_scenario_and_a_flaky_one_are_named()
    {
        var fixedOnce = Replay((Monday, AllGreenP04AndP09()), (Monday.AddDays(1), P04RedIn("SAMSA→SAMSA")), (Monday.AddDays(2), AllGreenP04AndP09()));
        fixedOnce.Fixed.Select(s => s.Directions.Single()).Should().Equal("SAMSA→SAMSA");
        fixedOnce.Flaky.Should().BeEmpty("broken once and fixed is not flaky");

        var flaky = Replay((Monday, AllGreenP04AndP09()), (Monday.AddDays(1), P04RedIn("SAMSA→SAMSA")),
            (Monday.AddDays(2), AllGreenP04AndP09()), (Monday.AddDays(3), P04RedIn("SAMSA→SAMSA")));
        flaky.Flaky.Select(s => s.Directions.Single()).Should().Equal("SAMSA→SAMSA");
        flaky.NewlyBroken.Should().BeEmpty("a flaky scenario is named as flaky, not as newly broken");
    }

    [Test]
    public void Runs_against_another_environment_are_not_this_ones_history()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, MatrixHistoryFile.FileName);
        MatrixHistoryFile.Append(file, MatrixOf(AllGreenP04AndP09(), Monday, "test"));

        var result = MatrixHistory.Apply(MatrixOf(P04RedIn("SAMSA→SAMSA"), Monday.AddDays(1), "local"), MatrixHistoryFile.Read(file));

        result.Earlier.Should().BeEmpty();
        result.Matrix.Row("P04")!.Cells.Single(c => c.Direction == "SAMSA→SAMSA").LastGreen.Should().BeNull();
    }

    [Test]
    public void A_damaged_line_is_skipped_and_the_file_keeps_at_most_the_newest_runs()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "djup", MatrixHistoryFile.FileName);
        for (var day = 0; day < MatrixHistoryFile.Kept + 3; day++) MatrixHistoryFile.Append(file, MatrixOf(AllGreenP04AndP09(), Monday.AddDays(day)));
        File.AppendAllText(file, "{\"tid\": \"2026-12-0");

        var runs = MatrixHistoryFile.Read(file);

        runs.Should().HaveCount(MatrixHistoryFile.Kept);
        runs[^1].At.Should().Be(Monday.AddDays(MatrixHistoryFile.Kept + 2));
        runs[^1].StateOf("P09", "SAMSA→Samvy").Should().Be(CellState.Green);
    }
}
