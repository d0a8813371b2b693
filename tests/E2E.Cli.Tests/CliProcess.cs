using System.Diagnostics;

namespace E2E.Cli.Tests;

/// <summary>The real CLI (e2e.dll beside the tests) started as a process, as a tester or a pipeline starts it.</summary>
internal static class CliProcess
{
    public sealed record Ended(int Exit, string Output, string Errors);

    public static async Task<Ended> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var cli = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var errors = cli.StandardError.ReadToEndAsync();
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return new Ended(cli.ExitCode, output, await errors);
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "e2e.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>The repository the tests were built from: the folder above the test assembly that holds E2E.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "E2E.sln"))) return dir.FullName;
        throw new InvalidOperationException("E2E.sln not found above the test assembly.");
    }
}
