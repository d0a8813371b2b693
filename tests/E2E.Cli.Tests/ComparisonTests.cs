using E2E.Cli.Jamforelse;

namespace E2E.Cli.Tests;

/// <summary>
/// The comparison with plain Playwright judges what it measured: the ratio and the P04 median against their budgets,
/// tracing's cost from the two suite runs, and phases that add up; memory is sampled from the real process tree.
/// </summary>
public sealed class ComparisonTests
{
    private static IReadOnlyList<PhaseTimes> Runs(params double[][] phases) =>
        [.. phases.Select(p => PhaseTimes.From(p.Select((s, i) => ($"fas {i + 1}", s))))];

    [Test]
    public void Within_both_budgets_when_the_suite_is_close_to_plain_and_fast_enough()
    {
        var comparison = new Comparison(Runs([1.0, 1.0], [1.1, 1.0], [0.9, 1.0]), 0,
            Runs([1.1, 1.1], [1.2, 1.0], [1.0, 1.1]), 0, 10, Runs([1.0, 1.0], [1.0, 1.1], [1.0, 1.0]));

        comparison.PlainMedian.Should().BeApproximately(2.0, 1e-9);
        comparison.SuiteMedian.Should().BeApproximately(2.2, 1e-9);
        comparison.Passed.Should().BeTrue();
        comparison.Markdown().Should().Contain("Kvot svit/ren: 1.10 (budget högst 1.15): inom budget")
            .And.Contain("P04-scenariots median i sviten: 2.2 s (budget högst 2.5 s): inom budget")
            .And.Contain("Spårningens kostnad per scenario (median med − utan): 0.20 s")
            .And.Contain("- fas 1: 1.10");
    }

    [Test]
    public void Over_budget_when_the_suite_is_twice_as_slow()
    {
        var comparison = new Comparison(Runs([1.0, 1.0]), 0, Runs([2.0, 2.0]), 0, 10, Runs([2.0, 1.5]));

        comparison.Passed.Should().BeFalse();
        comparison.Markdown().Should().Contain("Kvot svit/ren: 2.00 (budget högst 1.15): ÖVER BUDGET")
            .And.Contain("P04-scenariots median i sviten: 4.0 s (budget högst 2.5 s): ÖVER BUDGET");
    }

    [Test]
    public void A_phase_met_twice_adds_up()
    {
        var phases = new PhaseTimes();
        phases.Lap("Inloggning");
        phases.Lap("Skicka");
        phases.Lap("Inloggning");

        phases.Phases.Select(p => p.Phase).Should().Equal("Inloggning", "Skicka");
        phases.Total.Should().BeApproximately(phases.Phases.Sum(p => p.Seconds), 1e-9);
    }

    [Test]
    public async Task Peak_memory_of_this_process_tree_is_sampled_on_Linux()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("/proc finns bara på Linux.");
        using var memory = ProcessTreeMemory.Watch(Environment.ProcessId);
        await Task.Delay(600);

        memory.PeakBytes.Should().BeGreaterThan(10L * 1024 * 1024, "a running .NET test host holds more than 10 MB");
    }
}
