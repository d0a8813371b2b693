using System.Diagnostics;
using System.Runtime.InteropServices;

namespace E2E.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (a pipeline that cancels the job) while a command is listening: instead of dying at
/// once, the command is told (<see cref="Token"/>), stops what it started and writes what it has. Disposed, the
/// signals end the process as usual again.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    /// <summary>The shell's convention: 128 + the signal's number.</summary>
    public const int InterruptedExitCode = 130, TerminatedExitCode = 143;

    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private PosixSignal? _received;

    private StopSignals() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];

    public static StopSignals Listen() => new();

    public CancellationToken Token => _stop.Token;

    public bool Stopped => _received is not null;

    public int ExitCode => _received == PosixSignal.SIGTERM ? TerminatedExitCode : InterruptedExitCode;

    /// <summary>Why the command stopped, in Swedish, after its subject ("Körningen …"), for the console and the summary file.</summary>
    public string Reason => _received == PosixSignal.SIGTERM
        ? "stoppades av signalen SIGTERM (t.ex. en pipeline som avbröt jobbet) innan den var klar"
        : "avbröts med Ctrl+C (SIGINT) innan den var klar";

    /// <summary>Ends a child process and everything it started (test host, tenants, browsers), if still running.</summary>
    public static void EndTree(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It ended by itself meanwhile.
        }
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true; // the command ends itself, after stopping its children and writing its results
        _received ??= context.Signal;
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
