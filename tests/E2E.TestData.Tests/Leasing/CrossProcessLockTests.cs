using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Leasing;

/// <summary>
/// Another process holding the lease directory's lock (here the Unix tool flock, as another run would) makes our
/// takeover and release wait for it: the lock works across processes, not only across threads.
/// </summary>
public sealed class CrossProcessLockTests
{
    [Test]
    public async Task A_release_waits_while_another_process_holds_the_directory_lock()
    {
        Assume.That(File.Exists("/usr/bin/flock"), "needs the flock tool (Linux)");
        using var dir = new TempLeaseDirectory();
        var store = dir.NewStore();
        store.TryLease("19121212-1212", TimeSpan.FromMinutes(5)).Should().BeTrue();
        using var other = Process.Start(new ProcessStartInfo("/usr/bin/flock",
            ["-x", Path.Combine(dir.Path, ".lease-directory.lock"), "-c", "echo locked; sleep 2"])
            { RedirectStandardOutput = true })!;
        (await other.StandardOutput.ReadLineAsync()).Should().Be("locked");

        var watch = Stopwatch.StartNew();
        store.Release("19121212-1212");

        watch.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(1), "the other process held the lock");
        store.HolderOf("19121212-1212").Should().BeNull();
        await other.WaitForExitAsync();
    }
}
