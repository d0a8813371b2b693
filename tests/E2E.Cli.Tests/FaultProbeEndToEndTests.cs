using System.Diagnostics;
using System.Text.Json;
using E2E.Cli;

namespace E2E.Cli.Tests;

/// <summary>
/// The real felprov, once, against the embedded simulated tenants for every fault of the processes with scenarios
/// (all fifteen): each must be caught by a failed Så step. One felprov invocation for all faults keeps
/// to one build and one report; each fault is still its own test case. Quick mode (--forsta-fangst): one catch proves
/// the teeth, so each fault's run stops there; the full count is the CLI's default.
/// </summary>
[TestFixture, NonParallelizable, Category("felprov")]
public sealed class FaultProbeEndToEndTests
{
    /// <summary>A fault whose process gains scenarios is added here, one line.</summary>
    private static readonly string[] Faults =
    [
        "tappa-meddelanden",
        "dubbla-meddelanden",
        "inskrivning-saknar-uppgifter",
        "dubbelrakna-betaldagar",
        "ingen-pagaende-flagga",
        "utskrivning-fel-dag",
        "aterkallad-stoppar-ej-betalning",
        "tillat-dubbla-sip",
        "fel-system-efter-driftsattning",
        "visa-ej-driftsatta-inkorgar",
        "dubbletter-efter-driftsstorning",
        "statistik-dubbelraknar",
        "las-andra-enheters-inkorg",
        "reservnummer-utan-oid",
        "tappa-bilagor",
        "tappa-aktiva-sip-vid-avveckling",
    ];

    /// <summary>
    /// A system down for the whole run is the environment, not the product: its P11 scenarios must be reported as
    /// environment failures naming that system ("fångat som miljöfel"). Two P11 scenarios each, about 10 s per fault.
    /// </summary>
    private static readonly object[] OutageFaults = [new object[] { "samsa-nere", "SAMSA" }, new object[] { "samvy-nere", "Samvy" }];

    private readonly string _output = Path.Combine(Path.GetTempPath(), "e2e-felprov-" + Guid.NewGuid());
    private int _exitCode;
    private JsonDocument? _table;

    [OneTimeSetUp]
    public async Task RunFelprovOnceAsync()
    {
        var clock = Stopwatch.StartNew();
        _exitCode = await FaultProbeCommand.ExecuteAsync(
            FaultProbeOptions.Parse(["--miljo", "local", "--fel", string.Join(",", Faults.Concat(OutageFaults.Cast<object[]>().Select(o => (string)o[0]))),
                "--forsta-fangst", "--ut", _output]));
        TestContext.Progress.WriteLine($"felprov för {Faults.Length + OutageFaults.Length} fel tog {clock.Elapsed.TotalMinutes:0.0} min");
        _table = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_output, "felprov.json")));
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _table?.Dispose();
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    // On each test, not the fixture: the test adapter's filter does not see a fixture's category.
    [Test, Category("felprov")]
    public void Exit_code_is_0_because_every_fault_was_caught() => _exitCode.Should().Be(0);

    [TestCaseSource(nameof(Faults)), Category("felprov")]
    public void Fault_is_caught_by_a_failed_business_check(string fault)
    {
        var row = _table!.RootElement.GetProperty("fel").EnumerateArray().Single(r => r.GetProperty("fel").GetString() == fault);

        row.GetProperty("utfall").GetString().Should().Be("fångat");
        row.GetProperty("fångade").GetInt32().Should().BePositive();
        var first = row.GetProperty("förstaFångst");
        first.GetProperty("steg").GetString().Should().MatchRegex("^(Så|Och|Men) ");
        first.GetProperty("meddelande").GetString().Should().NotBeNullOrWhiteSpace();
        Directory.EnumerateFiles(Path.Combine(_output, fault, "allure-results"), "*-result.json").Should()
            .NotBeEmpty("each fault's results stay for inspection");
    }

    [TestCaseSource(nameof(OutageFaults)), Category("felprov")]
    public void Outage_fault_is_caught_as_environment_failures_of_its_system(string fault, string system)
    {
        var row = _table!.RootElement.GetProperty("fel").EnumerateArray().Single(r => r.GetProperty("fel").GetString() == fault);

        row.GetProperty("utfall").GetString().Should().Be("fångat som miljöfel");
        row.GetProperty("miljöfel").GetInt32().Should().BePositive();
        row.GetProperty("förstaFångst").GetProperty("meddelande").GetString().Should().StartWith($"MILJÖFEL: {system} i miljön local svarade inte");
    }

    /// <summary>Quick mode skips what starts after the first catch, and says so: dropping messages breaks every P04 scenario.</summary>
    [Test, Category("felprov")]
    public void Scenarios_after_the_first_catch_are_skipped_with_the_reason()
    {
        var skipped = Directory.EnumerateFiles(Path.Combine(_output, "tappa-meddelanden", "allure-results"), "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement)
            .Where(r => r.GetProperty("status").GetString() == "skipped")
            .ToList();

        skipped.Should().NotBeEmpty();
        skipped.Should().AllSatisfy(r => r.GetProperty("statusDetails").GetProperty("message").GetString()
            .Should().StartWith("Hoppas över: felprov med --forsta-fangst, felet är redan fångat av scenariot"));
    }

    [Test, Category("felprov")]
    public void The_table_file_has_no_byte_order_mark()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_output, "felprov.json"));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }
}
