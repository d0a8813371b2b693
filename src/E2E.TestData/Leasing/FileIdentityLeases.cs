namespace E2E.TestData.Leasing;

/// <summary>
/// Leases as files, one per identity, in a directory shared by every process that tests against one tenant.
/// A free identity is taken with an atomic create (FileMode.CreateNew): of two takers exactly one wins. Taking over
/// an expired lease and releasing happen under <see cref="DirectoryLock"/>, so two takers of one expired lease
/// cannot both win, and an owner whose lease expired cannot delete the lease of whoever took it over.
/// </summary>
public sealed class FileIdentityLeases : IIdentityLeases
{
    private readonly TimeProvider _clock;

    public FileIdentityLeases(string directory, LeaseOwner? owner = null, TimeProvider? clock = null)
    {
        Directory = System.IO.Directory.CreateDirectory(directory).FullName;
        Owner = owner ?? LeaseOwner.ForThisProcess();
        _clock = clock ?? TimeProvider.System;
    }

    public string Directory { get; }
    public LeaseOwner Owner { get; }

    public bool TryLease(string identity, TimeSpan ttl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        var path = PathOf(identity);
        if (TryCreate(path, ttl)) return true;
        if (LeaseFile.Read(path) is { } held && !held.IsExpired(_clock.GetUtcNow())) return false;

        using (DirectoryLock.Acquire(Directory))
        {
            var current = LeaseFile.Read(path);
            if (current is null) return TryCreate(path, ttl);
            if (!current.IsExpired(_clock.GetUtcNow())) return false;
            Replace(path, ttl); // expired: ours now, nobody else can take over or release while we hold the lock
            return true;
        }
    }

    public void Release(string identity)
    {
        var path = PathOf(identity);
        using (DirectoryLock.Acquire(Directory))
        {
            if (LeaseFile.Read(path)?.Owner == Owner.ToString()) File.Delete(path);
        }
    }

    /// <summary>Who holds the identity now, or null when it is free or the lease has expired.</summary>
    public string? HolderOf(string identity) =>
        LeaseFile.Read(PathOf(identity)) is { } lease && !lease.IsExpired(_clock.GetUtcNow()) ? lease.Owner : null;

    private bool TryCreate(string path, TimeSpan ttl)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream);
            writer.Write(Content(ttl));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    // Write aside, then rename over the old lease: readers see either the old or the new lease, never half of one.
    private void Replace(string path, TimeSpan ttl)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, Content(ttl));
        File.Move(temporary, path, overwrite: true);
    }

    private string Content(TimeSpan ttl) =>
        new LeaseFile(Owner.ToString(), Owner.ProcessId, _clock.GetUtcNow() + ttl).Serialize();

    private string PathOf(string identity) => Path.Combine(Directory, LeaseFileName.For(identity));
}
