using System.Net;
using System.Net.Sockets;
using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Suite.Tests;

/// <summary>
/// PLAYWRIGHT_REMOTE_ENDPOINT: a P04 scenario runs through the suite with every browser from Playwright's own browser
/// server on this machine. The server's process tree has the Chromium, the test host launched none of its own.
/// </summary>
[TestFixture, NonParallelizable, Category("fjarr")]
public sealed class RemoteBrowserTests
{
    private static readonly System.Reflection.Assembly Suite = FaultedRun.Suite;
    private readonly string _results = Path.Combine(Path.GetTempPath(), "e2e-fjarr-" + Guid.NewGuid());
    private BrowserServer? _server;

    [OneTimeSetUp]
    public async Task StartServerAndRunAsync()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("Processträdet läses ur /proc (Linux).");
        _server = await BrowserServer.StartAsync(FreePort());
        Environment.SetEnvironmentVariable(PlaywrightSettingsLoader.RemoteEndpointVariable, _server.Endpoint);
        Environment.SetEnvironmentVariable("E2E_ENVIRONMENT", "local");
        Environment.SetEnvironmentVariable("E2E_ALLURE_RESULTS", _results);
        await TestRunnerManager.OnTestRunStartAsync(Suite);
    }

    [OneTimeTearDown]
    public async Task EndRunAndServerAsync()
    {
        if (_server is null) return;
        await TestRunnerManager.OnTestRunEndAsync(Suite);
        Environment.SetEnvironmentVariable(PlaywrightSettingsLoader.RemoteEndpointVariable, null);
        _server.Dispose();
    }

    [Test]
    public async Task A_P04_scenario_passes_with_the_browser_of_the_server()
    {
        var scenario = FaultedRun.P04("Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA");

        await ScenarioExecutor.RunAsync(scenario, Suite);

        // The run keeps its browsers until it ends: now is when to see whose they are.
        var serverTree = ProcessTree.Descendants(_server!.ProcessId);
        var ownTree = ProcessTree.Descendants(Environment.ProcessId).Except(serverTree).Where(pid => pid != _server.ProcessId);
        serverTree.Where(ProcessTree.IsChromium).Should().NotBeEmpty("the server launched the browser the scenario used");
        ownTree.Where(ProcessTree.IsChromium).Should().BeEmpty("the test host connects, it launches no browser");
        _server.Log.Should().Contain(line => line.Contains("serving connection", StringComparison.Ordinal));
        var result = Directory.EnumerateFiles(_results, "*-result.json").Select(AllureResult.Read).Single(r => r.Name == scenario.ScenarioTitle);
        result.Status.Should().Be("passed");
    }

    [Test]
    public async Task A_server_that_does_not_answer_is_named_in_Swedish_without_a_stack()
    {
        var endpoint = $"ws://127.0.0.1:{FreePort()}/";
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();

        var act = () => BrowserLauncher.LaunchAsync(playwright, new PlaywrightSettings { RemoteEndpoint = endpoint });

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .StartWith($"Webbläsarservern {endpoint} (PLAYWRIGHT_REMOTE_ENDPOINT eller remoteEndpoint i playwright.config.json) gick inte att nå: ")
            .And.NotContain("   at ");
        (await RemoteBrowser.ProblemAsync(endpoint)).Should().StartWith($"Webbläsarservern {endpoint} ");
        (await RemoteBrowser.ProblemAsync(_server!.Endpoint)).Should().BeNull();
    }

    [Test]
    public void The_variable_overrides_the_file() =>
        PlaywrightSettingsLoader.ApplyEnvironmentOverrides(new PlaywrightSettings { RemoteEndpoint = "ws://filen:1/" },
                name => name == "PLAYWRIGHT_REMOTE_ENDPOINT" ? "ws://variabeln:2/" : null)
            .RemoteEndpoint.Should().Be("ws://variabeln:2/");

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
