namespace E2E.Cli.Tests;

public sealed class DryRunTimingTests
{
    [Test]
    public void Under_ten_seconds_every_time_with_every_scenario_bound_is_within_budget()
    {
        var timing = new DryRunTiming([4.2, 3.9, 4.4], Scenarios: 72, Failed: 0);
        timing.Within.Should().BeTrue();
        timing.Line().Should().Contain("72 scenarier").And.Contain("median 4.2 s, längst 4.4 s över 3 gånger").And.Contain("inom budget");
    }

    [Test]
    public void One_slow_time_or_an_unbound_scenario_is_not_within_budget()
    {
        new DryRunTiming([4.2, 10.5], 72, 0).Line().Should().Contain("ÖVER BUDGET");
        new DryRunTiming([4.2], 72, 2).Line().Should().Contain("2 scenarier gick inte att binda");
        new DryRunTiming([4.2], 0, 0).Within.Should().BeFalse("a dry run of nothing measures nothing");
    }
}
