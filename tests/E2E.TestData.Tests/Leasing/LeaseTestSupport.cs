using E2E.TestData.Leasing;

namespace E2E.TestData.Tests.Leasing;

/// <summary>A clock the tests move by hand, so expiry is tested without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>A fresh lease directory per test, removed afterwards.</summary>
internal sealed class TempLeaseDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "e2e-lease-tests", Guid.NewGuid().ToString("N"));

    public FileIdentityLeases NewStore(TimeProvider? clock = null) => new(Path, LeaseOwner.ForThisProcess(), clock);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    /// <summary>The first <paramref name="count"/> personnummer of Skatteverket's list.</summary>
    public static IReadOnlyList<string> Identities(int count) => [.. TestIdentities.Personnummer.Take(count)];
}
