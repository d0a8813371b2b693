using E2E.TestData.Leasing;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Leasing;

public sealed class ScenarioLeasesTests
{
    private static readonly string[] Identities = [.. TempLeaseDirectory.Identities(3)];

    [Test]
    public void Disposing_a_scenario_releases_everything_it_leased_and_nothing_else()
    {
        var store = new InMemoryIdentityLeases();
        store.TryLease(Identities[2], TimeSpan.FromMinutes(1)); // another scenario's patient
        var scenario = new ScenarioLeases(store);
        scenario.TryLease(Identities[0]).Should().BeTrue();
        scenario.TryLease(Identities[1]).Should().BeTrue();
        scenario.TryLease(Identities[2]).Should().BeFalse();

        scenario.Release(Identities[2]);
        scenario.Dispose();

        scenario.Held.Should().BeEmpty();
        store.IsLeased(Identities[0]).Should().BeFalse();
        store.IsLeased(Identities[1]).Should().BeFalse();
        store.IsLeased(Identities[2]).Should().BeTrue("it was never this scenario's to release");
    }

    [Test]
    public void In_memory_leases_expire()
    {
        var clock = new ManualClock();
        var store = new InMemoryIdentityLeases(clock);
        store.TryLease(Identities[0], TimeSpan.FromMinutes(1)).Should().BeTrue();
        store.TryLease(Identities[0], TimeSpan.FromMinutes(1)).Should().BeFalse();

        clock.Advance(TimeSpan.FromMinutes(2));

        store.TryLease(Identities[0], TimeSpan.FromMinutes(1)).Should().BeTrue();
    }

    [Test]
    public void A_run_never_hands_an_identity_to_a_second_scenario_but_other_runs_may_have_it_after_release()
    {
        var shared = new InMemoryIdentityLeases();
        var run = new OncePerRunLeases(shared);
        using (var first = new ScenarioLeases(run)) first.TryLease(Identities[0]).Should().BeTrue();

        new ScenarioLeases(run).TryLease(Identities[0]).Should().BeFalse("its data from the first scenario is still in the tenants");
        new ScenarioLeases(new OncePerRunLeases(shared)).TryLease(Identities[0]).Should().BeTrue("released for other runs");
    }
}
