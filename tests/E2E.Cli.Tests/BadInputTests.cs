using E2E.Reporting.Processes;
using E2E.Runner.Discovery;

namespace E2E.Cli.Tests;

/// <summary>
/// Mistakes a new user makes end cleanly: the real CLI, started as a process in a project folder of its own, names
/// the file, line or value in Swedish and ends with the usage exit code 2, before anything is built or run.
/// </summary>
public sealed class BadInputTests
{
    private const string Environment = """{ "name": "local", "embeddedTenants": true, "allowedHosts": ["127.0.0.1"] }""";

    [Test]
    public async Task A_playwright_config_with_a_missing_comma_names_the_file_and_the_line()
    {
        var (exit, errors) = await RunCliAsync("{\n  \"browser\": \"chromium\"\n  \"workers\": 2\n}\n", "run");
        exit.Should().Be(2);
        errors.Should().Contain("playwright.config.json, rad 3").And.Contain("ogiltig JSON").And.Contain("rad 3: \"workers\": 2")
            .And.NotContain("   at ", "a tester gets no .NET stack trace");
    }

    [Test]
    public async Task A_playwright_config_value_of_the_wrong_kind_names_the_setting()
    {
        var (exit, errors) = await RunCliAsync("{\n  \"browser\": \"chromium\",\n  \"workers\": \"två\"\n}\n", "run");
        exit.Should().Be(2);
        errors.Should().Contain("playwright.config.json, rad 3").And.Contain("värdet för \"workers\" ska vara ett heltal");
    }

    [Test]
    public async Task An_unknown_environment_names_the_environments_there_are()
    {
        var (exit, errors) = await RunCliAsync("{ \"workers\": 2 }", "run", "--miljo", "testmijlo");
        exit.Should().Be(2);
        errors.Should().Contain("environments/testmijlo.json finns inte").And.Contain("Kända miljöer: local");
    }

    [Test]
    public async Task A_misspelt_rule_in_the_release_gate_names_the_file_the_line_and_the_rule()
    {
        var gate = Path.Combine(Path.GetTempPath(), $"releasegrind-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(gate, "{\n  \"ingenProcessEjTäckt\": true,\n  \"minstAntalScenarierPerProces\": 2\n}\n");
        try
        {
            var (exit, errors) = await RunCliAsync("{ \"workers\": 2 }", "run", "--grind", gate);
            exit.Should().Be(2);
            errors.Should().Contain($"{gate}, rad 3").And.Contain("okänd inställning \"minstAntalScenarierPerProces\"");
        }
        finally
        {
            File.Delete(gate);
        }
    }

    private const string MissingSecret = "E2E_TEST_HEMLIGHET_SOM_INTE_FINNS";

    private static string RealEnvironment(string allowedHost) => $$"""
        {
          "name": "local", "embeddedTenants": false,
          "samsa": { "baseUrl": "https://samsa-test.example.invalid/" },
          "samvy": { "baseUrl": "https://samvy-test.example.invalid/" },
          "integration": { "baseUrl": "https://millenniumenheter-test.example.invalid/" },
          "allowedHosts": ["{{allowedHost}}", "samvy-test.example.invalid", "millenniumenheter-test.example.invalid"],
          "credentials": { "samsa": { "clientId": "sviten", "clientSecret": "${{{MissingSecret}}}" } }
        }
        """;

    [Test]
    public async Task A_missing_secret_is_an_environment_failure_naming_the_variable_but_no_value()
    {
        var (exit, errors) = await RunCliWithEnvironmentAsync("{ \"workers\": 2 }", RealEnvironment("samsa-test.example.invalid"), "run");
        exit.Should().Be(3);
        errors.Should().Contain($"MILJÖFEL: Miljövariabeln {MissingSecret} saknas").And.Contain("environments/local.json");
    }

    [Test]
    public async Task A_browser_server_that_does_not_answer_is_an_environment_failure_naming_the_address()
    {
        var endpoint = $"ws://127.0.0.1:{FreePort.Next()}/";
        var (exit, errors) = await RunCliAsync($$"""{ "workers": 2, "remoteEndpoint": "{{endpoint}}" }""", "run");
        exit.Should().Be(3);
        errors.Should().Contain($"MILJÖFEL: Webbläsarservern {endpoint} (PLAYWRIGHT_REMOTE_ENDPOINT eller remoteEndpoint i " +
            "playwright.config.json) gick inte att nå").And.NotContain("   at ");
    }

    [Test]
    public async Task An_unknown_capability_in_the_environment_file_names_the_file_and_the_word()
    {
        var environment = Environment.Replace("\"allowedHosts\"", "\"förmågor\": [\"testklocka\", \"tidsmaskin\"], \"allowedHosts\"");
        var (exit, errors) = await RunCliWithEnvironmentAsync("{ \"workers\": 2 }", environment, "run");
        exit.Should().Be(2);
        errors.Should().Contain("environments/local.json: okänd förmåga \"tidsmaskin\" i \"förmågor\"").And.NotContain("   at ");
    }

    [Test]
    public async Task A_tenant_address_off_the_allow_list_is_an_environment_failure()
    {
        var environment = RealEnvironment("annan-vard.example.invalid").Replace($"${{{MissingSecret}}}", "inte-hemligt");
        var (exit, errors) = await RunCliWithEnvironmentAsync("{ \"workers\": 2 }", environment, "run");
        exit.Should().Be(3);
        errors.Should().Contain("MILJÖFEL: Sviten vägrar kontakta värden 'samsa-test.example.invalid'");
    }

    [Test]
    public void A_selection_that_matches_nothing_names_the_processes_and_tags_there_are()
    {
        var catalog = new ProcessCatalog([new("P04", "Inskrivningsmeddelande", []), new("P05", "Utskrivningsklar", [])], []);
        var scenarios = new[]
        {
            new ScenarioCase { FeatureFile = "features/P04/a.feature", DisplayName = "a", Tags = ["process:P04", "critical", "allure.owner:Processägare_samverkan"] },
            new ScenarioCase { FeatureFile = "features/P05/b.feature", DisplayName = "b", Tags = ["process:P05", "kräver:klocka"] },
        };
        NothingMatched.Message("Category=process:P99", catalog, scenarios).Should()
            .Contain("Inget scenario matchade urvalet (Category=process:P99)")
            .And.Contain("Processer: P04, P05").And.Contain("Övriga taggar: critical, kräver:klocka");
    }

    /// <summary>The CLI in a folder that looks like the project: E2E.sln, the given playwright.config.json, one environment.</summary>
    private static Task<(int Exit, string Errors)> RunCliAsync(string playwrightConfig, params string[] args) =>
        RunCliWithEnvironmentAsync(playwrightConfig, Environment, args);

    private static async Task<(int Exit, string Errors)> RunCliWithEnvironmentAsync(string playwrightConfig, string environment, params string[] args)
    {
        using var project = new TempProject(playwrightConfig, environment);
        var ended = await project.RunAsync(new Dictionary<string, string?> { [MissingSecret] = null }, args);
        return (ended.Exit, ended.Errors);
    }
}
