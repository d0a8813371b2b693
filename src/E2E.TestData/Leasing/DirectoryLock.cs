namespace E2E.TestData.Leasing;

/// <summary>
/// A short exclusive section over a whole lease directory, across threads and processes: an OS lock on a file
/// that is never deleted (FileShare.None; advisory flock on Unix, which every .NET process honours). Released
/// by the OS if the holder dies, so a crash never leaves it stuck.
/// </summary>
internal static class DirectoryLock
{
    private const string FileName = ".lease-directory.lock";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static IDisposable Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + Timeout;
        var wait = 1;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(wait, wait * 2 + 1));
                wait = Math.Min(wait * 2, 50);
            }
            catch (UnauthorizedAccessException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(wait); // Windows may briefly deny access to a file another process is opening
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"Kunde inte låsa lånemappen {directory} inom {Timeout.TotalSeconds} sekunder.", e);
            }
        }
    }
}
