using System.Diagnostics;

namespace E2E.Cli.Tests;

/// <summary>The real CLI started and left running, its output read line by line, so that a test can signal it midway.</summary>
internal sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Wanted, TaskCompletionSource<string> Seen)> _waits = [];

    public RunningCli(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        _process = Process.Start(CliProcess.StartInfo(workingDirectory, environment, args))!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_lines) return string.Join("\n", _lines); } }

    /// <summary>The first line (so far or to come) that matches, or a failure with the output after the timeout.</summary>
    public async Task<string> LineAsync(Func<string, bool> wanted, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(wanted) is { } already) return already;
            _waits.Add((wanted, seen));
        }
        if (await Task.WhenAny(seen.Task, Task.Delay(timeout), _process.WaitForExitAsync()) == seen.Task) return await seen.Task;
        throw new AssertionException($"No such line within {timeout.TotalSeconds} s (exited: {_process.HasExited}). Output:\n{Output}");
    }

    /// <summary>Sends SIGINT or SIGTERM, as Ctrl+C or a pipeline's cancel would.</summary>
    public void Signal(string name) => Process.Start("kill", ["-" + name, _process.Id.ToString()])!.WaitForExit();

    /// <summary>The exit code, or null when the process still runs after the timeout.</summary>
    public async Task<int?> ExitAsync(TimeSpan timeout)
    {
        using var patience = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(patience.Token); }
        catch (OperationCanceledException) { return null; }
        _process.WaitForExit(); // the output has been read to the end
        return _process.ExitCode;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lines)
        {
            _lines.Add(line);
            foreach (var wait in _waits.Where(w => w.Wanted(line)).ToList())
            {
                wait.Seen.TrySetResult(line);
                _waits.Remove(wait);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
