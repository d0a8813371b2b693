using E2E.Core.Settings;
using E2E.Reporting.Gate;
using E2E.Reporting.Matrix;
using E2E.Reporting.Quarantine;
using FluentAssertions;
using NUnit.Framework;
using static E2E.Reporting.Tests.Support.MatrixScenarios;

namespace E2E.Reporting.Tests;

/// <summary>features/karantan.json: read, refused with Swedish messages naming the entry, and judged against a given today.</summary>
public sealed class QuarantineTests
{
    private static readonly DateOnly Today = new(2030, 3, 14);
    private static readonly DateTimeOffset At = new(2030, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private string _folder = "";

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("e2e-karantan-").FullName;

    [TearDown]
    public void CleanUp() => Directory.Delete(_folder, recursive: true);

    private string FileWith(string entries)
    {
        var path = Path.Combine(_folder, QuarantineFile.FileName);
        File.WriteAllText(path, $$"""{ "beskrivning": "test", "scenarier": [ {{entries}} ] }""");
        return path;
    }

    private static string Entry(string scenario, string? reason, string? until, string? issue = null) =>
        "{ \"scenario\": \"" + scenario + "\"" + (reason is null ? "" : $", \"orsak\": \"{reason}\"") +
        (until is null ? "" : $", \"tillOchMed\": \"{until}\"") + (issue is null ? "" : $", \"ärende\": \"{issue}\"") + " }";

    private static string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd");

    [Test]
    public void A_good_entry_is_read_with_its_reason_last_day_and_issue()
    {
        var entries = QuarantineFile.Read(FileWith(Entry("Meddelandet kommer fram", "SAMSA-1234 väntar på rättning", Day(3), "https://ärenden/SAMSA-1234")), "features/karantan.json");

        entries.Should().ContainSingle().Which.Should().Be(
            new QuarantineEntry("Meddelandet kommer fram", "SAMSA-1234 väntar på rättning", Today.AddDays(3), "https://ärenden/SAMSA-1234", 1));
    }

    [Test]
    public void A_missing_reason_a_missing_date_and_a_bad_date_are_each_named_with_file_and_entry()
    {
        var path = FileWith(string.Join(",", Entry("Utan orsak", null, Day(1)), Entry("Utan datum", "orsak", null), Entry("Fel datum", "orsak", "14/3/2030")));

        var (entries, problems) = QuarantineFile.Check(path, "features/karantan.json");

        entries.Should().BeEmpty();
        problems.Should().Equal(
            "features/karantan.json, post 1 (\"Utan orsak\"): \"orsak\" saknas: skriv varför scenariot är i karantän.",
            $"features/karantan.json, post 2 (\"Utan datum\"): \"tillOchMed\" saknas: skriv sista dagen karantänen gäller, t.ex. {QuarantineFile.SampleDate}.",
            $"features/karantan.json, post 3 (\"Fel datum\"): \"tillOchMed\" har värdet \"14/3/2030\", som inte är ett datum på formen åååå-mm-dd (t.ex. {QuarantineFile.SampleDate}).");
        var read = () => QuarantineFile.Read(path, "features/karantan.json");
        read.Should().Throw<SettingsFileException>().WithMessage("*post 1*post 2*post 3*");
    }

    [Test]
    public void An_entry_naming_no_scenario_of_the_suite_is_named()
    {
        var (entries, _) = QuarantineFile.Check(FileWith(Entry("Finns inte", "orsak", Day(1))), "features/karantan.json");

        QuarantineFile.Unknown(entries, new HashSet<string> { "Finns" }, "features/karantan.json").Should().ContainSingle()
            .Which.Should().StartWith("features/karantan.json, post 1 (\"Finns inte\"): det finns inget scenario med det namnet");
    }

    [Test]
    public void The_quarantine_holds_through_its_last_day_and_expires_the_day_after()
    {
        var entry = new QuarantineEntry("S", "orsak", Today, null, 1);

        entry.MarkFor(Today).Expired.Should().BeFalse();
        entry.MarkFor(Today).Text.Should().Be($"i karantän till {Today:yyyy-MM-dd}: orsak");
        entry.MarkFor(Today.AddDays(1)).Expired.Should().BeTrue();
        entry.MarkFor(Today.AddDays(1)).Text.Should().StartWith("karantänen gick ut");
    }

    [Test]
    public void A_failure_in_quarantine_is_forgiven_by_the_gate_until_it_expires()
    {
        var failing = Scenario("P04", "failed", "Meddelandet kom inte fram", severity: "critical", name: "Karantänad", directions: "Samvy→SAMSA");
        var scenarios = AllGreenP04AndP09().Where(s => !s.Directions.Contains("Samvy→SAMSA")).Append(failing).ToList();
        var rules = new ReleaseGateRules { CriticalGreenEverywhere = true, MaxFailures = 0 };
        var entries = new[] { new QuarantineEntry("Karantänad", "väntar på rättning", Today, null, 1) };

        var holding = new ScenarioQuarantine(entries, Today).Apply(scenarios);
        ReleaseGate.Judge(rules, MatrixOf(holding, At), selectionOnly: false).Passed.Should().BeTrue();
        ScenarioQuarantine.Forgiven(holding).Should().Be(1);
        ScenarioQuarantine.Lines(holding).First().Should().Be("1 underkända scenarier i karantän räknas inte mot körningen eller releasegrinden:");
        MatrixOf(holding, At).Row("P04")!.Cells.Single(c => c.Direction == "Samvy→SAMSA").State.Should().Be(CellState.Red, "the matrix still shows it");

        var expired = new ScenarioQuarantine(entries, Today.AddDays(1)).Apply(scenarios);
        var verdict = ReleaseGate.Judge(rules, MatrixOf(expired, At), selectionOnly: false);
        verdict.Rules.Where(r => !r.Passed).Select(r => r.Rule).Should().Equal("Kritiska processer gröna i alla riktningar som gäller", "Högst 0 underkända scenarier");
        ScenarioQuarantine.Forgiven(expired).Should().Be(0);
        ScenarioQuarantine.Lines(expired).Should().ContainSingle().Which.Should().Contain("Karantänen har gått ut").And.Contain("räknas igen");
    }
}
