using FluentAssertions;
using NUnit.Framework;
using E2E.Reporting.Matrix;
using static E2E.Reporting.Tests.Support.MatrixScenarios;

namespace E2E.Reporting.Tests;

public class ProcessMatrixTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 13, 0, 0, TimeSpan.Zero);

    [Test]
    public void Every_process_of_the_catalogue_gets_a_cell_in_every_direction()
    {
        var matrix = MatrixOf(AllGreenP04AndP09(), At);

        matrix.Rows.Select(r => r.Id).Should().Equal("P04", "P09", "P10");
        matrix.Rows.Should().AllSatisfy(r => r.Cells.Select(c => c.Direction).Should().Equal(Directions));
        matrix.Row("P04")!.Cells.Should().AllSatisfy(c => c.State.Should().Be(CellState.Green));
        matrix.Row("P04")!.Critical.Should().BeTrue();
        matrix.Row("P09")!.Critical.Should().BeFalse();
    }

    [Test]
    public void A_direction_the_process_does_not_take_is_not_applicable_and_says_why()
    {
        var p09 = MatrixOf(AllGreenP04AndP09(), At).Row("P09")!;

        p09.Cells.Single(c => c.Direction == "SAMSA→Samvy").State.Should().Be(CellState.Green);
        p09.Cells.Where(c => c.Direction != "SAMSA→Samvy").Should().AllSatisfy(c =>
        {
            c.State.Should().Be(CellState.NotApplicable);
            c.Why.Should().Be("bara SAMSA-ärenden markeras i Samvy");
        });
    }

    [Test]
    public void A_process_without_scenarios_is_not_covered_in_each_direction_that_applies()
    {
        var p10 = MatrixOf(AllGreenP04AndP09(), At).Row("P10")!;

        p10.NotCovered.Should().BeTrue();
        p10.Cells.Should().AllSatisfy(c => c.State.Should().Be(CellState.NotCovered));
    }

    [Test]
    public void A_red_cell_says_in_one_line_what_broke()
    {
        var scenarios = AllGreenP04AndP09();
        scenarios.Add(Scenario("P04", "failed", "Meddelandet kom inte fram till vårdcentralen Lerum.\nFörväntat: 1, fanns: 0",
            name: "Kommunen får meddelandet", directions: "Samvy→SAMSA"));

        var cell = MatrixOf(scenarios, At).Row("P04")!.Cells.Single(c => c.Direction == "Samvy→SAMSA");

        cell.State.Should().Be(CellState.Red);
        (cell.Scenarios, cell.Passed).Should().Be((2, 1));
        cell.Why.Should().Be("Kommunen får meddelandet: Meddelandet kom inte fram till vårdcentralen Lerum.");
    }

    [Test]
    public void Skipped_scenarios_and_environment_failures_make_a_cell_skipped_with_the_reason_never_red_or_green()
    {
        var matrix = MatrixOf(
        [
            Scenario("P09", MatrixScenario.Unreachable, "MILJÖFEL: Samvy i miljön local svarade inte (anslutningen nekades)", directions: "SAMSA→Samvy"),
            Scenario("P04", "skipped", "Miljön saknar testklocka", directions: "SAMSA→SAMSA"),
        ], At);

        var unreachable = matrix.Row("P09")!.Cells.Single(c => c.Direction == "SAMSA→Samvy");
        unreachable.State.Should().Be(CellState.Skipped);
        unreachable.Why.Should().StartWith("MILJÖFEL: Samvy");
        var skipped = matrix.Row("P04")!.Cells.Single(c => c.Direction == "SAMSA→SAMSA");
        skipped.State.Should().Be(CellState.Skipped);
        skipped.Why.Should().Be("Miljön saknar testklocka");
    }

    [Test]
    public void A_scenario_that_ended_before_crossing_a_system_shows_in_the_directions_nothing_else_covered()
    {
        var matrix = MatrixOf(
        [
            Scenario("P09", "skipped", "Hoppas över: miljön testmiljo saknar en testklocka att ställa"),
            Scenario("P04", "passed", directions: "SAMSA→SAMSA"),
            Scenario("P04", "failed", "Inloggningen misslyckades", name: "P04 loggar in"),
        ], At);

        var p09 = matrix.Row("P09")!.Cells.Single(c => c.Direction == "SAMSA→Samvy");
        (p09.State, p09.Why).Should().Be((CellState.Skipped, "Hoppas över: miljön testmiljo saknar en testklocka att ställa"));
        var p04 = matrix.Row("P04")!.Cells.ToDictionary(c => c.Direction);
        p04["SAMSA→SAMSA"].State.Should().Be(CellState.Green, "a cell with its own scenarios is judged on them");
        p04["Samvy→SAMSA"].State.Should().Be(CellState.Red);
        p04["Samvy→SAMSA"].Why.Should().Be("P04 loggar in: Inloggningen misslyckades");
        matrix.Row("P10")!.Cells.Should().OnlyContain(c => c.State == CellState.NotCovered);
    }
}
