using System.Collections.Concurrent;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Leasing;

/// <summary>No identity is ever held by two takers: parallel workers, and several stores on one directory.</summary>
public sealed class ParallelLeaseTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    [Test]
    public void A_thousand_leases_across_parallel_workers_never_collide()
    {
        using var dir = new TempLeaseDirectory();
        var store = dir.NewStore();
        var identities = TempLeaseDirectory.Identities(1_000);
        var winners = new ConcurrentDictionary<string, ConcurrentBag<int>>();

        // 8 workers race for all 1 000 identities, each starting at a different place in the list.
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            for (var i = 0; i < identities.Count; i++)
            {
                var identity = identities[(i + worker * 125) % identities.Count];
                if (store.TryLease(identity, Ttl)) winners.GetOrAdd(identity, _ => []).Add(worker);
            }
        });

        winners.Should().HaveCount(1_000, "every identity was free once");
        winners.Values.Should().OnlyContain(w => w.Count == 1, "no identity may go to two workers");
    }

    [Test]
    public void Two_stores_on_one_directory_like_two_runs_never_collide()
    {
        using var dir = new TempLeaseDirectory();
        var runs = new[] { dir.NewStore(), dir.NewStore(), dir.NewStore() };
        var identities = TempLeaseDirectory.Identities(500);
        var won = runs.Select(_ => new ConcurrentBag<string>()).ToArray();

        Parallel.For(0, runs.Length * 4, worker =>
        {
            var run = worker % runs.Length;
            foreach (var identity in identities)
                if (runs[run].TryLease(identity, Ttl)) won[run].Add(identity);
        });

        var all = won.SelectMany(w => w).ToList();
        all.Should().HaveCount(500).And.OnlyHaveUniqueItems("two runs must never hold the same patient");
    }

    [Test]
    public void Of_many_takers_of_one_expired_lease_exactly_one_wins()
    {
        using var dir = new TempLeaseDirectory();
        var clock = new ManualClock();
        var identities = TempLeaseDirectory.Identities(50);
        var crashedRun = dir.NewStore(clock);
        foreach (var identity in identities) crashedRun.TryLease(identity, TimeSpan.FromMinutes(1)).Should().BeTrue();
        clock.Advance(TimeSpan.FromMinutes(2));
        var takers = Enumerable.Range(0, 8).Select(_ => dir.NewStore(clock)).ToArray();

        var wins = new ConcurrentBag<(int Taker, string Identity)>();
        Parallel.For(0, takers.Length, taker =>
        {
            foreach (var identity in identities)
                if (takers[taker].TryLease(identity, Ttl)) wins.Add((taker, identity));
        });

        wins.Select(w => w.Identity).Should().HaveCount(50).And.OnlyHaveUniqueItems();
        foreach (var (taker, identity) in wins) takers[taker].HolderOf(identity).Should().Be(takers[taker].Owner.ToString());
    }
}
