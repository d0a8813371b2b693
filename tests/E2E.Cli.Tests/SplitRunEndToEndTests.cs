using System.Text.Json;
using E2E.Cli.Delar;
using E2E.Runner.Execution;
using E2E.Tenants.Host;

namespace E2E.Cli.Tests;

/// <summary>
/// A run split across four CI agents, as a pipeline does it but one part after another: the real CLI's "run" on P04
/// once whole, then "run --del k/4" for each part (each in its own folder), then "rapport --sla-ihop" over the four
/// folders. The merged matrix is the whole run's (same scenarios, processes, directions and states), with the same
/// exit code, one report and one history line for the merge.
/// </summary>
[TestFixture, NonParallelizable, Category("delar")]
public sealed class SplitRunEndToEndTests
{
    private const int Parts = 4;
    private readonly string _work = Directory.CreateTempSubdirectory("e2e-delar-").FullName;
    private CliProcess.Ended _whole = null!, _merged = null!, _empty = null!;
    private readonly List<CliProcess.Ended> _parts = [];
    private string History => Path.Combine(_work, "historik");
    private string PartFolder(int k) => Path.Combine(_work, "delar", new Part(k, Parts).FolderName);

    [OneTimeSetUp]
    public async Task RunWholeThenInPartsThenMergeAsync()
    {
        // The first run builds the scenarios if needed; the others build nothing, as pipeline steps after dotnet build.
        // The whole run keeps its own history: the durations the parts' history holds afterwards are the merge's.
        _whole = await RunAsync(Path.Combine(_work, "historik-hel"), "run", "--taggar", "process:P04", "--ut", Path.Combine(_work, "hel"));
        for (var k = 1; k <= Parts; k++)
            _parts.Add(await RunAsync(History, "run", "--utan-bygge", "--taggar", "process:P04", "--ut", Path.Combine(_work, "delar"), "--del", $"{k}/{Parts}"));
        _merged = await RunAsync(History, ["rapport", "--sla-ihop", .. Enumerable.Range(1, Parts).Select(PartFolder), "--ut", Path.Combine(_work, "ihop")]);
        // P09 has one scenario: it goes to part 1, so part 4 has none of the selection.
        _empty = await RunAsync(History, "run", "--utan-bygge", "--taggar", "process:P09", "--ut", Path.Combine(_work, "tom"), "--del", $"{Parts}/{Parts}");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private static async Task<CliProcess.Ended> RunAsync(string history, params string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            [SimulatedTenantsOptions.FaultsEnvironmentVariable] = null, ["E2E_HISTORIK"] = null, [Part.Variable] = null,
        };
        var ended = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), environment, [.. args, "--historik", history]);
        TestContext.Progress.WriteLine($"{string.Join(' ', args.Take(2))} …{args[^1]}: slutkod {ended.Exit}");
        // The plan's line (how many scenarios, expected time) and the merge's, for whoever reads the test log.
        foreach (var line in ended.Output.Split('\n').Where(l => l.StartsWith("Del ", StringComparison.Ordinal) || l.StartsWith("Slår ihop", StringComparison.Ordinal)))
            TestContext.Progress.WriteLine("  " + line.TrimEnd());
        return ended;
    }

    private JsonElement Matrix(string folder) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_work, folder, "processmatris.json"))).RootElement;

    /// <summary>What the matrix says, without times and history: process, direction, state, counts and the scenarios behind.</summary>
    private static List<string> Cells(JsonElement matrix) =>
    [
        .. matrix.GetProperty("processer").EnumerateArray().SelectMany(p => p.GetProperty("celler").EnumerateArray().Select(c =>
            $"{p.GetProperty("id")} {c.GetProperty("riktning")}: {c.GetProperty("status")} {c.GetProperty("godkända")}/{c.GetProperty("scenarier")} " +
            string.Join(" | ", c.GetProperty("länkar").EnumerateArray().Select(l => $"{l.GetProperty("namn")}={l.GetProperty("status")}").Order()))),
    ];

    [Test]
    public void The_merged_matrix_is_the_whole_runs_and_the_exit_codes_match()
    {
        _whole.Exit.Should().Be(0, _whole.Output + _whole.Errors);
        _merged.Exit.Should().Be(_whole.Exit, _merged.Output + _merged.Errors);
        var whole = Cells(Matrix("hel"));
        whole.Should().Contain(c => c.StartsWith("P04 ") && c.Contains(": grön "));
        Cells(Matrix("ihop")).Should().Equal(whole);
        File.Exists(Path.Combine(_work, "ihop", "allure-report", "index.html")).Should().BeTrue(_merged.Output);
        _merged.Output.Should().Contain($"Slår ihop {Parts} delar").And.Contain("RESULTAT: GODKÄNT");
    }

    [Test]
    public void Every_scenario_ran_in_exactly_one_part()
    {
        var plans = Enumerable.Range(1, Parts).Select(k => PartPlan.Read(Path.Combine(PartFolder(k), PartPlan.FileName))).ToList();
        var planned = plans.SelectMany(p => p.Scenarios).ToList();
        planned.Should().OnlyHaveUniqueItems();
        plans.Should().OnlyContain(p => p.SuiteExitCode != null && p.Parts == Parts);
        plans.Select(p => p.Split).Distinct().Should().ContainSingle().Which.Should().NotBeNullOrEmpty("every agent planned the same split");

        var ran = Enumerable.Range(1, Parts).SelectMany(k => Directory.EnumerateFiles(Path.Combine(PartFolder(k), "allure-results"), "*-result.json")).Count();
        var whole = Matrix("hel").GetProperty("processer").EnumerateArray().Sum(p => p.GetProperty("scenarier").GetInt32());
        ran.Should().Be(whole);
        for (var k = 1; k <= Parts; k++)
        {
            _parts[k - 1].Exit.Should().Be(0, _parts[k - 1].Output + _parts[k - 1].Errors);
            _parts[k - 1].Output.Should().Contain($"Del {k} av {Parts}:");
        }
    }

    [Test]
    public void The_durations_the_merge_remembers_name_the_scenarios_as_the_plans_do()
    {
        var planned = Enumerable.Range(1, Parts).SelectMany(k => PartPlan.Read(Path.Combine(PartFolder(k), PartPlan.FileName)).Scenarios).ToHashSet();
        var known = ScenarioDurations.Read(History, "local");

        known.Keys.Where(planned.Contains).Should().HaveCount(Matrix("hel").GetProperty("processer").EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "P04").GetProperty("scenarier").GetInt32());
    }

    [Test]
    public void A_part_that_got_none_of_the_selection_says_so_and_passes()
    {
        _empty.Exit.Should().Be(0, _empty.Output + _empty.Errors);
        _empty.Output.Should().Contain($"Del {Parts} av {Parts}: inget av de valda scenarierna hamnade i den här delen");
        var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_work, "tom", new Part(Parts, Parts).FolderName, "sammanfattning.json")));
        summary.RootElement.GetProperty("resultat").GetString().Should().Be("GODKÄNT");
    }

    [Test]
    public void The_history_has_one_line_for_the_merge_and_none_for_the_parts()
    {
        // The parts and the merge share a history (the whole run keeps its own): only the merge is a run in it.
        File.ReadAllLines(Path.Combine(History, "processmatris.jsonl")).Should().ContainSingle();
        File.ReadAllLines(Path.Combine(_work, "historik-hel", "processmatris.jsonl")).Should().ContainSingle();
    }
}
