using System.Text.Json;
using E2E.Tenants.Host;

namespace E2E.Cli.Tests;

/// <summary>
/// The real CLI's "run" against the embedded tenants. Retries: P04 with the fault that drops only the first crossing
/// message and --omforsok 1 passes (exit 0), names the flaky scenario in sammanfattning.json and keeps both attempts as
/// Allure results with one historyId. Quarantine: P09 failing under a fault, its scenario in a quarantine file, ends 0
/// while the quarantine holds and 1 the day after it expired (the suite's today, E2E_NOW).
/// </summary>
[TestFixture, NonParallelizable, Category("omforsok")]
public sealed class RetryAndQuarantineEndToEndTests
{
    private const string P09Scenario = "Ett öppet SAMSA-ärende syns i Samvy och försvinner när patienten skrivs ut";

    /// <summary>The quarantine's last day; the runs are the day before and the day after, at the tenants' clock.</summary>
    private static readonly DateOnly LastDay = new(2031, 3, 14);

    private readonly string _work = Directory.CreateTempSubdirectory("e2e-omforsok-").FullName;
    private readonly Dictionary<string, CliProcess.Ended> _runs = [];

    [OneTimeSetUp]
    public async Task RunAsync()
    {
        // Without ingaInstabilaKritiskaScenarier: P04 is critical, and the shipped gate would refuse its flaky scenario.
        var gate = Path.Combine(_work, "grind.json");
        await File.WriteAllTextAsync(gate, """{ "högstAntalUnderkända": 0 }""");
        var quarantine = Path.Combine(_work, "karantan.json");
        await File.WriteAllTextAsync(quarantine, $$"""
            { "scenarier": [ { "scenario": "{{P09Scenario}}", "orsak": "SAMVY-77: flaggan saknas", "tillOchMed": "{{LastDay:yyyy-MM-dd}}" } ] }
            """);
        await RunAsync("omforsok", "tappa-forsta-meddelandet", null, ["--taggar", "process:P04", "--omforsok", "1", "--grind", gate]);
        await RunAsync("karantan-galler", "ingen-pagaende-flagga", LastDay.AddDays(-1), ["--utan-bygge", "--taggar", "process:P09", "--karantan", quarantine, "--grind", gate]);
        await RunAsync("karantan-ute", "ingen-pagaende-flagga", LastDay.AddDays(1), ["--utan-bygge", "--taggar", "process:P09", "--karantan", quarantine, "--grind", gate]);
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private async Task RunAsync(string name, string fault, DateOnly? today, string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            [SimulatedTenantsOptions.FaultsEnvironmentVariable] = fault,
            ["E2E_HISTORIK"] = null,
            ["E2E_OMFORSOK"] = null,
            ["E2E_NOW"] = today is { } day ? $"{day:yyyy-MM-dd}T10:00:00+01:00" : null,
        };
        string[] all = ["run", .. args, "--ut", Path.Combine(_work, name), "--historik", Path.Combine(_work, "historik-" + name)];
        var ended = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), environment, all);
        TestContext.Progress.WriteLine($"run {name}: slutkod {ended.Exit}");
        _runs[name] = ended;
    }

    private JsonElement Summary(string name) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_work, name, "sammanfattning.json"))).RootElement;

    [Test]
    public void A_scenario_that_passes_on_its_retry_passes_the_run_and_is_named_flaky()
    {
        var run = _runs["omforsok"];
        run.Exit.Should().Be(0, run.Output + run.Errors);
        run.Output.Should().Contain("Instabila i den här körningen (godkända först vid omförsök) (1)").And.Contain("1 instabila");
        var summary = Summary("omforsok");
        summary.GetProperty("scenarier").GetProperty("instabila").GetInt32().Should().Be(1);
        summary.GetProperty("scenarier").GetProperty("underkända").GetInt32().Should().Be(0, "an earlier attempt is history, not a failure");
        var flaky = summary.GetProperty("instabila").EnumerateArray().Should().ContainSingle().Subject;
        flaky.GetProperty("process").GetString().Should().Be("P04");
        flaky.GetProperty("försök").GetInt32().Should().Be(2);
    }

    [Test]
    public void Both_attempts_are_kept_as_Allure_results_with_one_history_id()
    {
        var results = Directory.GetFiles(Path.Combine(_work, "omforsok", "allure-results"), "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement).ToList();
        var retried = results.GroupBy(r => r.GetProperty("historyId").GetString()).Where(g => g.Count() > 1).Should().ContainSingle().Subject.ToList();

        retried.Select(r => r.GetProperty("status").GetString()).Should().BeEquivalentTo("failed", "passed");
        retried.Select(r => r.GetProperty("uuid").GetString()).Distinct().Should().HaveCount(2);
        var passed = retried.Single(r => r.GetProperty("status").GetString() == "passed");
        passed.GetProperty("statusDetails").GetProperty("flaky").GetBoolean().Should().BeTrue();
        passed.GetProperty("name").GetString().Should().Be(Summary("omforsok").GetProperty("instabila")[0].GetProperty("namn").GetString());
    }

    [Test]
    public void A_failure_in_quarantine_does_not_fail_the_run_while_the_quarantine_holds()
    {
        var run = _runs["karantan-galler"];
        run.Exit.Should().Be(0, run.Output + run.Errors);
        run.Output.Should().Contain("1 underkända scenarier i karantän räknas inte mot körningen eller releasegrinden")
            .And.Contain($"i karantän till {LastDay:yyyy-MM-dd}: SAMVY-77: flaggan saknas");
        var entry = Summary("karantan-galler").GetProperty("karantän").EnumerateArray().Should().ContainSingle().Subject;
        (entry.GetProperty("status").GetString(), entry.GetProperty("räknas").GetBoolean()).Should().Be(("failed", false));
        File.ReadAllText(Path.Combine(_work, "karantan-galler", "processmatris.html")).Should().Contain("i karantän till");
        var result = Directory.GetFiles(Path.Combine(_work, "karantan-galler", "allure-results"), "*-result.json")
            .Select(File.ReadAllText).Should().ContainSingle(t => t.Contains(P09Scenario)).Subject;
        result.Should().Contain("\"karantän\"");
    }

    [Test]
    public void An_expired_quarantine_counts_the_failure_again_and_says_so()
    {
        var run = _runs["karantan-ute"];
        run.Exit.Should().Be(1, run.Output + run.Errors);
        run.Output.Should().Contain("Karantänen har gått ut för P09").And.Contain("RESULTAT: MISSLYCKADES");
        Summary("karantan-ute").GetProperty("karantän")[0].GetProperty("utgången").GetBoolean().Should().BeTrue();
    }
}
