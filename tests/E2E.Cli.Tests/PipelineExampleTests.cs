using System.Diagnostics;
using System.Text.RegularExpressions;

namespace E2E.Cli.Tests;

/// <summary>
/// The pipeline examples under ci-examples/ are copied into real pipelines: every shell block in them (run: | on GitHub,
/// script: | or bash: | on Azure DevOps) must at least be valid bash, which bash -n checks without running anything.
/// </summary>
public sealed partial class PipelineExampleTests
{
    public static IEnumerable<string> Examples() =>
        Directory.EnumerateFiles(Path.Combine(CliProcess.RepositoryRoot(), "ci-examples"), "*.yml").Select(Path.GetFileName).Order()!;

    [TestCaseSource(nameof(Examples))]
    public async Task Every_shell_block_is_valid_bash(string example)
    {
        var blocks = ShellBlocks(await File.ReadAllLinesAsync(Path.Combine(CliProcess.RepositoryRoot(), "ci-examples", example)));
        blocks.Should().NotBeEmpty();
        foreach (var (line, script) in blocks)
        {
            var (exit, errors) = await BashSyntaxAsync(script);
            exit.Should().Be(0, $"the shell block at {example}:{line} must be valid bash: {errors}");
        }
    }

    /// <summary>Each block literal after run:/script:/bash: with its first line number, de-indented.</summary>
    private static List<(int Line, string Script)> ShellBlocks(string[] lines)
    {
        var blocks = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var header = BlockHeader().Match(lines[i]);
            if (!header.Success) continue;
            var own = header.Groups["indent"].Value.Length;
            var body = new List<string>();
            var start = i + 2;
            int? indent = null;
            // The block is every line indented at least as far as its first line (blank lines included).
            while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || Indent(lines[i + 1]) >= (indent ?? own + 1)))
            {
                var next = lines[++i];
                if (next.Trim().Length > 0) indent ??= Indent(next);
                body.Add(next.Trim().Length == 0 ? "" : next[indent!.Value..]);
            }
            blocks.Add((start, string.Join('\n', body)));
        }
        return blocks;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static async Task<(int Exit, string Errors)> BashSyntaxAsync(string script)
    {
        var start = new ProcessStartInfo("bash", "-n") { RedirectStandardInput = true, RedirectStandardError = true };
        using var bash = Process.Start(start)!;
        await bash.StandardInput.WriteAsync(script);
        bash.StandardInput.Close();
        var errors = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        return (bash.ExitCode, errors);
    }

    [GeneratedRegex(@"^(?<indent>\s*)(- )?(run|script|bash): \|\s*$")]
    private static partial Regex BlockHeader();
}
