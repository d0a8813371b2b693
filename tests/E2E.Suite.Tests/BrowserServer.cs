using System.Diagnostics;
using System.Runtime.InteropServices;

namespace E2E.Suite.Tests;

/// <summary>
/// Playwright's own browser server (`run-server`, from the driver that ships beside the test assembly) on a local
/// port, with --unsafe so that a client may tell it to launch the system Chromium. Its log (DEBUG=pw:server) is kept.
/// </summary>
internal sealed class BrowserServer : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private BrowserServer(Process process, int port) => (_process, Endpoint) = (process, $"ws://127.0.0.1:{port}/");

    public string Endpoint { get; }

    public int ProcessId => _process.Id;

    public IReadOnlyList<string> Log { get { lock (_log) return [.. _log]; } }

    public static async Task<BrowserServer> StartAsync(int port)
    {
        var driver = Path.Combine(AppContext.BaseDirectory, ".playwright");
        var start = new ProcessStartInfo(Path.Combine(driver, "node", NodeFolder(), OperatingSystem.IsWindows() ? "node.exe" : "node"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(driver, "package", "cli.js"), "run-server", "--host", "127.0.0.1", "--port", port.ToString(), "--unsafe" })
            start.ArgumentList.Add(arg);
        start.Environment["DEBUG"] = "pw:server";
        var server = new BrowserServer(Process.Start(start)!, port);
        var listening = new TaskCompletionSource();
        void Keep(string? line)
        {
            if (line is null) return;
            lock (server._log) server._log.Add(line);
            if (line.Contains("Listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        server._process.OutputDataReceived += (_, e) => Keep(e.Data);
        server._process.ErrorDataReceived += (_, e) => Keep(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        if (await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(30))) != listening.Task)
        {
            server.Dispose();
            throw new InvalidOperationException("run-server did not listen within 30 s:\n" + string.Join("\n", server.Log));
        }
        return server;
    }

    private static string NodeFolder() => (OperatingSystem.IsWindows() ? "win32_" : OperatingSystem.IsMacOS() ? "darwin-" : "linux-") +
        (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
