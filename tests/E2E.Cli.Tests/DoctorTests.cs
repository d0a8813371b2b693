namespace E2E.Cli.Tests;

/// <summary>
/// "kontroll", the real CLI as a process in a project folder of its own: each thing it checks, made to fail, gives a
/// FEL line saying what to do, and exit code 3; a machine and environment that are ready give exit 0.
/// (.NET itself cannot be made to fail here: the check runs on the .NET it checks.)
/// </summary>
[TestFixture, NonParallelizable]
public sealed class DoctorTests
{
    private const string Chromium = """{ "browser": "chromium" }""";
    private const string Simulated = """{ "name": "local", "embeddedTenants": true, "allowedHosts": ["127.0.0.1"] }""";
    private const string Secret = "E2E_KONTROLL_HEMLIGHET";

    // No Playwright browsers: the check must find the system's chromium or say what to install, on any machine.
    private static Dictionary<string, string?> Variables(params (string, string?)[] more)
    {
        var variables = new Dictionary<string, string?> { ["PLAYWRIGHT_BROWSERS_PATH"] = "/finns-inte", ["E2E_TENANT_FAULTS"] = null, [Secret] = null };
        foreach (var (name, value) in more) variables[name] = value;
        return variables;
    }

    private static string Real(int port) => $$"""
        {
          "name": "local", "embeddedTenants": false,
          "samsa": { "baseUrl": "http://127.0.0.1:{{port}}/samsa/" },
          "samvy": { "baseUrl": "http://127.0.0.1:{{port}}/samvy/" },
          "integration": { "baseUrl": "http://127.0.0.1:{{port}}/integration/" },
          "allowedHosts": ["127.0.0.1"],
          "credentials": { "samsa": { "clientId": "sviten", "clientSecret": "${{{Secret}}}" } }
        }
        """;

    private static async Task<CliProcess.Ended> CheckAsync(string config, string environment, Dictionary<string, string?> variables)
    {
        using var project = new TempProject(config, environment);
        return await project.RunAsync(variables, "kontroll");
    }

    [Test]
    public async Task A_ready_machine_with_the_simulated_tenants_is_all_ok()
    {
        var ended = await CheckAsync(Chromium, Simulated, Variables());
        ended.Exit.Should().Be(0, ended.Output);
        ended.Output.Should().Contain("OK  Simulerade tenants     startade på").And.Contain("KONTROLL: ALLT OK");
    }

    [Test]
    public async Task Simulated_tenants_that_do_not_start_say_why()
    {
        var ended = await CheckAsync(Chromium, Simulated, Variables(("E2E_TENANT_FAULTS", "inget-sadant-fel")));
        ended.Exit.Should().Be(3, ended.Output);
        ended.Output.Should().Contain("FEL Simulerade tenants     startar inte:").And.Contain("inget-sadant-fel");
    }

    [Test]
    public async Task A_missing_secret_is_named_but_never_shown()
    {
        var ended = await CheckAsync(Chromium, Real(FreePort.Next()), Variables());
        ended.Exit.Should().Be(3, ended.Output);
        ended.Output.Should().Contain("FEL Hemligheter och värdar").And.Contain(Secret);
    }

    [Test]
    public async Task A_tenant_that_does_not_answer_is_named_with_its_address()
    {
        var port = FreePort.Next();
        var ended = await CheckAsync(Chromium, Real(port), Variables((Secret, "inte-hemligt-i-test")));
        ended.Exit.Should().Be(3, ended.Output);
        ended.Output.Should().Contain("OK  Hemligheter och värdar")
            .And.Contain($"FEL SAMSA                  svarar inte (http://127.0.0.1:{port}/samsa/)")
            .And.NotContain("inte-hemligt-i-test");
    }

    [Test]
    public async Task A_typo_in_the_environment_file_names_the_line()
    {
        var ended = await CheckAsync(Chromium, "{\n  \"name\": \"local\"\n  \"embeddedTenants\": true\n}", Variables());
        ended.Exit.Should().Be(3, ended.Output + ended.Errors);
        ended.Output.Should().Contain("FEL Miljöfil").And.Contain("environments/local.json").And.Contain("rad 3");
    }

    [Test]
    public async Task A_browser_that_is_not_installed_says_how_to_install_it()
    {
        var ended = await CheckAsync("""{ "browser": "webkit" }""", Simulated, Variables());
        ended.Exit.Should().Be(3, ended.Output);
        ended.Output.Should().Contain("FEL Webbläsare             webkit saknas; installera den med Playwright");
    }

    [Test]
    public async Task Node_missing_from_the_path_says_what_to_install()
    {
        var ended = await CheckAsync(Chromium, Simulated, Variables(("PATH", "/finns-inte")));
        ended.Output.Should().Contain("FEL Node                   saknas; installera Node 20");
        ended.Exit.Should().Be(3);
    }
}
