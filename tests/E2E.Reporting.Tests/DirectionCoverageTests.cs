using E2E.Reporting.Processes;
using FluentAssertions;
using NUnit.Framework;
using static E2E.Reporting.Processes.DirectionCoverage;

namespace E2E.Reporting.Tests;

public class DirectionCoverageTests
{
    private static readonly string[] All = ["SAMSA→SAMSA", "Samvy→SAMSA", "SAMSA→Samvy", "Samvy→Samvy"];

    private static readonly ProcessCatalog Catalog = new(
        [new("P04", "Inskrivningsmeddelande", []), new("P09", "SAMSA-ärende pågår", ["SAMSA→Samvy"], "bara Samvy visar markeringen")], All);

    [Test]
    public void Each_direction_that_applies_is_green_red_or_not_covered_and_skipped_scenarios_prove_nothing()
    {
        var line = Of(Catalog, "P04",
        [
            new(["SAMSA→SAMSA"], "passed"),
            new(["Samvy→SAMSA"], "passed"), new(["Samvy→SAMSA"], "failed"),
            new(["Samvy→Samvy"], "skipped"),
        ]);

        line.Applying.Should().Equal(("SAMSA→SAMSA", State.Green), ("Samvy→SAMSA", State.Red), ("SAMSA→Samvy", State.NotCovered), ("Samvy→Samvy", State.NotCovered));
        line.NotApplying.Should().BeEmpty();
        line.Text().Should().Be("SAMSA→SAMSA grön, Samvy→SAMSA röd, SAMSA→Samvy ej täckt, Samvy→Samvy ej täckt");
    }

    [Test]
    public void Directions_that_do_not_apply_are_named_with_why_even_when_a_scenario_crossed_them_incidentally()
    {
        var line = Of(Catalog, "P09", [new(["SAMSA→Samvy", "SAMSA→SAMSA"], "passed")]);

        line.Text().Should().Be("SAMSA→Samvy grön; gäller inte: SAMSA→SAMSA, Samvy→SAMSA, Samvy→Samvy (bara Samvy visar markeringen)");
    }

    [Test]
    public void The_repository_catalogue_says_which_directions_P09_crosses_and_lets_P04_cross_all()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "E2E.sln"))) dir = dir.Parent!;
        var catalog = ProcessCatalog.Load(Path.Combine(dir.FullName, "features", ProcessCatalog.FileName));

        catalog.DirectionsOf("P09").Should().Equal("SAMSA→Samvy");
        catalog.DirectionsOf("P04").Should().Equal(All);
        catalog.Processes.Single(p => p.Id == "P09").WhyNotOthers.Should().NotBeNullOrWhiteSpace();
    }
}
