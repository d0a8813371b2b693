using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using E2E.Core.Time;

namespace E2E.Cli;

/// <summary>What a benchmark's numbers were taken on, so two reports can be compared (or not).</summary>
internal sealed record MachineFacts(
    int ProcessorCount, string Os, string Runtime, string? DotnetSdk, string? Commit, bool? UncommittedChanges,
    [property: JsonPropertyName("e2eNow")] string? E2ENow, string? LoadAtStart, string? LoadAtEnd)
{
    public static MachineFacts Collect(string root) => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        Capture(root, "dotnet", "--version"),
        Capture(root, "git", "rev-parse", "--short", "HEAD"),
        Capture(root, "git", "status", "--porcelain", "--untracked-files=no") is { } status ? status.Length > 0 : null,
        SuiteNow.IsSet ? Environment.GetEnvironmentVariable(SuiteNow.Variable) : null,
        LoadAverage(),
        null);

    /// <summary>1, 5 and 15 minute load (Linux): other work on the machine makes every number here slower.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    // Null when the tool is missing or fails: a fact we cannot get is left out, not guessed.
    private static string? Capture(string root, string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start);
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd().Trim();
            _ = errors.Result;
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
