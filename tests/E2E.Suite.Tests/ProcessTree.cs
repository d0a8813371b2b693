namespace E2E.Suite.Tests;

/// <summary>Which processes descend from which, read from /proc (Linux): who launched a browser.</summary>
internal static class ProcessTree
{
    public static IReadOnlySet<int> Descendants(int root)
    {
        var parents = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0).Where(pid => pid > 0)
            .Select(pid => (Pid: pid, Parent: ParentOf(pid))).Where(p => p.Parent > 0).ToList();
        var found = new HashSet<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
            foreach (var child in parents.Where(p => p.Parent == parent).Select(p => p.Pid))
                if (found.Add(child)) frontier.Enqueue(child);
        return found;
    }

    public static bool IsChromium(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Contains("chrom", StringComparison.OrdinalIgnoreCase); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; } // ended meanwhile
    }

    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its closing parenthesis.
    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }
}
