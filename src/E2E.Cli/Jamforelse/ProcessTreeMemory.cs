using System.Globalization;

namespace E2E.Cli.Jamforelse;

/// <summary>
/// The largest resident memory a process and all its descendants (test host, tenants, browsers) held together, sampled
/// from /proc four times a second. Linux only; elsewhere it reports 0 ("ej mätt").
/// </summary>
internal sealed class ProcessTreeMemory : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private ProcessTreeMemory(int rootPid) => _sampling = Task.Run(() => SampleAsync(rootPid, _stop.Token));

    public static ProcessTreeMemory Watch(int rootPid) => new(rootPid);

    public long PeakBytes => Interlocked.Read(ref _peak);

    private async Task SampleAsync(int rootPid, CancellationToken ct)
    {
        if (!Directory.Exists("/proc")) return;
        while (!ct.IsCancellationRequested)
        {
            var now = TreeBytes(rootPid);
            if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
            try { await Task.Delay(250, ct); } catch (OperationCanceledException) { return; }
        }
    }

    private static long TreeBytes(int rootPid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ParentOf(pid) is { } parent) parents[pid] = parent;
        var tree = new HashSet<int> { rootPid };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
                if (tree.Contains(parent) && tree.Add(pid)) grew = true;
        }
        return tree.Sum(ResidentBytes);
    }

    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after the last ')'.
    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null; // the process ended while we looked
        }
    }

    private static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _sampling.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
