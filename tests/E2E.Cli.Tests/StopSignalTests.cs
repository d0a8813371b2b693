using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace E2E.Cli.Tests;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (a pipeline's cancel) to the real CLI: "tenants" stops its servers within seconds and
/// frees their ports; "run" ends its dotnet test and everything under it, keeps the results so far, writes a summary
/// marked stopped and exits 143 (130 for SIGINT).
/// </summary>
[TestFixture, NonParallelizable, Category("stopp")]
public sealed class StopSignalTests
{
    private static readonly TimeSpan AFewSeconds = TimeSpan.FromSeconds(5);

    [SetUp]
    public void OnlyWhereSignalsCanBeSent()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("Signalerna skickas med kill och processerna läses ur /proc (Linux).");
    }

    [TestCase("TERM"), TestCase("INT")]
    public async Task Tenants_stop_within_seconds_and_free_their_ports(string signal)
    {
        using var project = new TempProject("{}", """{ "name": "local", "embeddedTenants": true, "allowedHosts": ["127.0.0.1"] }""");
        using var cli = new RunningCli(project.Folder, new Dictionary<string, string?> { ["E2E_TENANT_FAULTS"] = null }, "tenants");
        var ports = new List<int>();
        foreach (var name in new[] { "SAMSA:", "Samvy:", "Integration:" })
            ports.Add(new Uri((await cli.LineAsync(l => l.TrimStart().StartsWith(name, StringComparison.Ordinal), TimeSpan.FromMinutes(2)))
                .Trim()[name.Length..].Trim().Split(' ')[0]).Port);
        await cli.LineAsync(l => l.Contains("Avsluta med Ctrl+C", StringComparison.Ordinal), TimeSpan.FromMinutes(1));

        cli.Signal(signal);

        (await cli.ExitAsync(AFewSeconds)).Should().Be(0, cli.Output);
        cli.Output.Should().Contain("Stoppar de simulerade tenanterna");
        foreach (var port in ports) IsFree(port).Should().BeTrue($"port {port} was the tenants' and they have stopped");
    }

    [Test]
    public async Task A_run_stopped_by_SIGTERM_ends_its_test_process_tree_keeps_its_results_and_exits_143()
    {
        var output = Directory.CreateTempSubdirectory("e2e-stopp-").FullName;
        try
        {
            var environment = new Dictionary<string, string?> { ["E2E_TENANT_FAULTS"] = null, ["E2E_HISTORIK"] = null };
            using var cli = new RunningCli(CliProcess.RepositoryRoot(), environment,
                "run", "--taggar", "process:P04", "--ut", output, "--historik", Path.Combine(output, "historik"));
            await cli.LineAsync(l => l.StartsWith("  ✔", StringComparison.Ordinal) || l.StartsWith("  ✘", StringComparison.Ordinal), TimeSpan.FromMinutes(10));
            RunProcesses(output).Should().NotBeEmpty("the test host of the run carries its output folder in its environment");

            cli.Signal("TERM");

            (await cli.ExitAsync(TimeSpan.FromMinutes(1))).Should().Be(143, cli.Output);
            using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "sammanfattning.json")));
            var root = summary.RootElement;
            root.GetProperty("resultat").GetString().Should().Be("STOPPAD");
            root.GetProperty("stoppad").GetBoolean().Should().BeTrue();
            root.GetProperty("slutkod").GetInt32().Should().Be(143);
            root.GetProperty("varför").GetString().Should().Contain("SIGTERM");
            root.GetProperty("scenarier").GetProperty("klara").GetInt32().Should().BeGreaterThanOrEqualTo(1);
            Directory.EnumerateFiles(Path.Combine(output, "allure-results"), "*-result.json").Should().NotBeEmpty();
            // Killed processes vanish from /proc once reaped: a moment's grace, not a timing assertion.
            for (var i = 0; i < 25 && RunProcesses(output).Count > 0; i++) await Task.Delay(200);
            RunProcesses(output).Should().BeEmpty("dotnet test, its test host, the tenants and the browsers all ended");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException) { return false; }
    }

    // The run's own processes (dotnet test, test host, Playwright's driver, browsers) inherit the run's environment,
    // which names its output folder; compiler servers that a build leaves running are not the run's.
    private static List<int> RunProcesses(string output) =>
        [.. Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId && Read(pid, "environ").Contains(output, StringComparison.Ordinal)
                && new[] { "E2E.Specs", "testhost", "playwright", "chrom" }.Any(Read(pid, "cmdline").Contains))];

    private static string Read(int pid, string file)
    {
        try { return File.ReadAllText($"/proc/{pid}/{file}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return ""; }
    }
}
