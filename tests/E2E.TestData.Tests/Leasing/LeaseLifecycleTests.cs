using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Leasing;

/// <summary>A lease ends when its owner releases it or when it expires, and only then.</summary>
public sealed class LeaseLifecycleTests
{
    private const string Identity = "19121212-1212";
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    [Test]
    public void A_held_lease_is_refused_to_others_and_to_its_owner()
    {
        using var dir = new TempLeaseDirectory();
        var (ours, theirs) = (dir.NewStore(), dir.NewStore());

        ours.TryLease(Identity, Ttl).Should().BeTrue();

        theirs.TryLease(Identity, Ttl).Should().BeFalse();
        ours.TryLease("191212121212", Ttl).Should().BeFalse("with or without the hyphen it is one identity");
    }

    [Test]
    public void Release_frees_the_identity()
    {
        using var dir = new TempLeaseDirectory();
        var (ours, theirs) = (dir.NewStore(), dir.NewStore());
        ours.TryLease(Identity, Ttl);

        ours.Release(Identity);

        theirs.TryLease(Identity, Ttl).Should().BeTrue();
    }

    [Test]
    public void A_foreign_lease_is_not_released_by_us()
    {
        using var dir = new TempLeaseDirectory();
        var (ours, theirs) = (dir.NewStore(), dir.NewStore());
        theirs.TryLease(Identity, Ttl);

        ours.Release(Identity);

        ours.HolderOf(Identity).Should().Be(theirs.Owner.ToString());
        ours.TryLease(Identity, Ttl).Should().BeFalse();
    }

    [Test]
    public void An_expired_lease_may_be_taken_over_and_its_old_owner_cannot_release_it()
    {
        using var dir = new TempLeaseDirectory();
        var clock = new ManualClock();
        var (crashed, next) = (dir.NewStore(clock), dir.NewStore(clock));
        crashed.TryLease(Identity, TimeSpan.FromMinutes(1));
        next.TryLease(Identity, Ttl).Should().BeFalse("not expired yet");

        clock.Advance(TimeSpan.FromMinutes(2));

        next.TryLease(Identity, Ttl).Should().BeTrue();
        crashed.Release(Identity);
        next.HolderOf(Identity).Should().Be(next.Owner.ToString());
    }

    [Test]
    public void A_lease_file_is_small_and_names_its_owner_and_expiry()
    {
        using var dir = new TempLeaseDirectory();
        var store = dir.NewStore();
        store.TryLease(Identity, Ttl);

        var file = new FileInfo(Path.Combine(dir.Path, "191212121212.lease"));

        file.Length.Should().BeLessThan(200);
        File.ReadAllText(file.FullName).Should().StartWith(store.Owner + "\n" + Environment.ProcessId + "\n");
    }

    [Test]
    public void Keys_that_differ_only_in_punctuation_are_different_leases()
    {
        using var dir = new TempLeaseDirectory();
        var store = dir.NewStore();

        store.TryLease("1.2.752.1|19121212G123", Ttl).Should().BeTrue();
        store.TryLease("1.2.752.1_19121212G123", Ttl).Should().BeTrue();
        store.TryLease("1_2_752_1|19121212G123", Ttl).Should().BeTrue();
    }
}
