using System.Text.Json;
using E2E.Tenants.Host;

namespace E2E.Cli.Tests;

/// <summary>
/// The main job as a pipeline runs it: the real CLI's "run" on P09 (one scenario) against the embedded tenants, four
/// times in a row with one history folder. Green (exit 0); the same with a fault switched on (exit 1, the matrix
/// shows the red cell since this run and when it was last green); green again but with a gate the run cannot meet
/// (exit 1 from the gate alone); green with the report's output path blocked (exit 4).
/// </summary>
[TestFixture, NonParallelizable, Category("huvudjobb")]
public sealed class RunVerdictEndToEndTests
{
    private readonly string _work = Directory.CreateTempSubdirectory("e2e-run-verdict-").FullName;
    private readonly List<(string Name, CliProcess.Ended Ended)> _runs = [];
    private string History => Path.Combine(_work, "historik");

    [OneTimeSetUp]
    public async Task RunFourTimesAsync()
    {
        var strictGate = Path.Combine(_work, "strikt-grind.json");
        await File.WriteAllTextAsync(strictGate, """{ "minstAntalScenarierPerProcess": 99 }""");
        await RunAsync("grön");
        await RunAsync("fel", ("E2E_TENANT_FAULTS", "ingen-pagaende-flagga"));
        await RunAsync("grind", extra: ["--grind", strictGate]);
        var blocked = Path.Combine(_work, "blockerad");
        Directory.CreateDirectory(blocked);
        await File.WriteAllTextAsync(Path.Combine(blocked, "allure-report"), "en fil där rapportmappen skulle ligga");
        await RunAsync("blockerad", extra: ["--ut", blocked]);
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private async Task RunAsync(string name, (string, string)? variable = null, string[]? extra = null)
    {
        var environment = new Dictionary<string, string?> { [SimulatedTenantsOptions.FaultsEnvironmentVariable] = null, ["E2E_HISTORIK"] = null };
        if (variable is var (key, value)) environment[key] = value;
        extra ??= [];
        string[] output = extra.Contains("--ut") ? [] : ["--ut", Path.Combine(_work, name)];
        // The first run builds the scenarios if needed; the others build nothing, as a pipeline step after dotnet build.
        string[] build = _runs.Count == 0 ? [] : ["--utan-bygge"];
        string[] args = ["run", .. build, "--taggar", "process:P09", "--historik", History, .. output, .. extra];
        var ended = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), environment, args);
        TestContext.Progress.WriteLine($"run {name}: slutkod {ended.Exit}");
        _runs.Add((name, ended));
    }

    private CliProcess.Ended Run(string name) => _runs.Single(r => r.Name == name).Ended;

    private JsonElement Summary(string name) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_work, name, "sammanfattning.json"))).RootElement;

    private static JsonElement P09Cell(JsonElement summary) => summary.GetProperty("matris").GetProperty("processer").EnumerateArray()
        .Single(p => p.GetProperty("id").GetString() == "P09").GetProperty("celler").EnumerateArray()
        .Single(c => c.GetProperty("riktning").GetString() == "SAMSA→Samvy");

    [Test]
    public void A_green_run_with_the_gate_passed_ends_with_0()
    {
        Run("grön").Exit.Should().Be(0, Run("grön").Output);
        var summary = Summary("grön");
        summary.GetProperty("resultat").GetString().Should().Be("GODKÄNT");
        summary.GetProperty("grind").GetProperty("godkänd").GetBoolean().Should().BeTrue();
        P09Cell(summary).GetProperty("status").GetString().Should().Be("grön");
    }

    [Test]
    public void A_fault_turns_the_cell_red_since_that_run_and_last_green_is_the_run_before()
    {
        Run("fel").Exit.Should().Be(1, Run("fel").Output);
        var green = Summary("grön").GetProperty("tid").GetDateTimeOffset();
        var red = Summary("fel");
        red.GetProperty("resultat").GetString().Should().Be("MISSLYCKADES");
        var cell = P09Cell(red);
        cell.GetProperty("status").GetString().Should().Be("röd");
        cell.GetProperty("rödSedan").GetDateTimeOffset().Should().Be(red.GetProperty("tid").GetDateTimeOffset());
        cell.GetProperty("senastGrön").GetDateTimeOffset().Should().Be(green);
        cell.GetProperty("nyttRött").GetBoolean().Should().BeTrue();
        cell.GetProperty("varför").GetString().Should().Contain("SAMSA-ärende pågår");
        var page = File.ReadAllText(Path.Combine(_work, "fel", "processmatris.html"));
        page.Should().Contain("röd sedan").And.Contain("<html lang=\"sv\">").And.NotContain("src=\"http");
        Run("fel").Output.Should().Contain("Nya fel sedan förra körningen (1)");
    }

    [Test]
    public void All_green_but_a_gate_rule_not_met_ends_with_1_and_names_the_rule()
    {
        var run = Run("grind");
        run.Exit.Should().Be(1, run.Output);
        run.Output.Should().Contain("✘ Minst 99 scenarier per process: P09 SAMSA-ärende pågår har 1")
            .And.Contain("RESULTAT: MISSLYCKADES (alla 1 scenarier godkända, men releasegrinden är underkänd");
        Summary("grind").GetProperty("grind").GetProperty("godkänd").GetBoolean().Should().BeFalse();
        Run("grind").Output.Should().Contain("Lagade sedan förra körningen (1)");
    }

    [Test]
    public void A_report_that_cannot_be_built_after_a_green_run_ends_with_4()
    {
        var run = Run("blockerad");
        run.Exit.Should().Be(4, run.Output + run.Errors);
        run.Errors.Should().Contain("Rapporten kunde inte byggas");
        Summary("blockerad").GetProperty("resultat").GetString().Should().Be("RAPPORT SAKNAS");
    }

    [Test]
    public void The_history_folder_holds_one_line_per_run()
    {
        File.ReadAllLines(Path.Combine(History, "processmatris.jsonl")).Should().HaveCount(4);
    }
}
