using E2E.Core.Settings;
using E2E.Reporting.Model;
using E2E.Reporting.Results;
using E2E.Reporting.Settings;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

/// <summary>features/rapport.json's link patterns: ids in issue and test-case tags become working links.</summary>
public sealed class LinkPatternTests
{
    private static ScenarioDescription Scenario(params string[] tags)
        => new("Inskrivningsmeddelande över systemgränsen", null, "P04", ["process:P04"], null, [],
            "Meddelande når kommunens inkorg", null, tags, []);

    [Test]
    public void An_issue_id_becomes_a_link_through_its_pattern_and_an_id_without_one_stays_a_plain_id()
    {
        using var folder = new TempDirectory();
        var settings = ReportSettings.Load(Write(folder, """
            {
              "länkmönster": { "issue": "https://jira.vgregion.se/browse/{}" }
            }
            """));

        var result = ScenarioResultFactory.Create(Scenario("allure.issue:SAMSA-123", "allure.tms:TC-9", "allure.issue:https://vgr.se/ärende/7"), 0, settings);

        result.Links.Should().Equal(
            new AllureLink("SAMSA-123", "https://jira.vgregion.se/browse/SAMSA-123", "issue"),
            new AllureLink("https://vgr.se/ärende/7", "https://vgr.se/ärende/7", "issue"));
        result.Labels.Should().ContainSingle(l => l.Name == "tms").Which.Value.Should().Be("TC-9", "no pattern for tms: the id, not a dead link");
    }

    [Test]
    public void The_repositorys_rapport_json_gives_both_patterns()
    {
        var settings = ReportSettings.Load(Path.Combine(AllureReportBuilderTests.RepositoryRoot(), "features", ReportSettings.FileName));

        settings.LinkPatterns.Keys.Should().BeEquivalentTo(["issue", "tms"]);
        LinkResolver.Resolve([new AllureLink("TC-9", "TC-9", "tms")], settings.LinkPatterns).Links.Single().Url
            .Should().StartWith("https://").And.EndWith("/TC-9");
    }

    [Test]
    public void A_missing_file_means_no_patterns()
        => ReportSettings.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "rapport.json")).LinkPatterns.Should().BeEmpty();

    [TestCase("""
        {
          "länkmönster": {
            "issue": "https://jira.vgregion.se/browse/{}"
            "tms": "https://testlink.vgregion.se/{}"
          }
        }
        """, "features/rapport.json, rad 4, tecken 5: ogiltig JSON (kontrollera kommatecken, citattecken och klamrar på raden eller raden före).\n  rad 4: \"tms\"", TestName = "A missing comma names its line")]
    [TestCase("""
        {
          "länkmönster": {
            "isue": "https://jira.vgregion.se/browse/{}"
          }
        }
        """, "features/rapport.json, rad 3: okänd länktyp \"isue\" i länkmönster (kända: issue, tms).\n  rad 3: \"isue\"", TestName = "A misspelt link type names line and value")]
    [TestCase("""
        {
          "länkmönster": { "tms": "https://testlink.vgregion.se/" }
        }
        """, "features/rapport.json, rad 2: mönstret \"https://testlink.vgregion.se/\" för tms saknar {} där id:t ska stå", TestName = "A pattern without {} is named")]
    [TestCase("""
        {
          "länkmönstret": { "tms": "https://testlink.vgregion.se/{}" }
        }
        """, "features/rapport.json, rad 2: okänd inställning \"länkmönstret\" (kända: länkmönster, beskrivning)", TestName = "A misspelt setting is not silently ignored")]
    [TestCase("""
        {
          "länkmönster": { "issue": "jira.vgregion.se/browse/{}" }
        }
        """, "features/rapport.json, rad 2: mönstret \"jira.vgregion.se/browse/{}\" för issue är ingen webbadress (ska börja med https://)", TestName = "A pattern that is no address is named")]
    public void A_mistake_in_rapport_json_is_named_in_swedish_with_file_and_line(string json, string expected)
    {
        using var folder = new TempDirectory();
        var file = Write(folder, json);

        var act = () => ReportSettings.Load(file);

        act.Should().Throw<SettingsFileException>().Which.Message.Should().StartWith(expected);
    }

    private static string Write(TempDirectory folder, string json)
    {
        var file = Path.Combine(folder.Path, ReportSettings.FileName);
        File.WriteAllText(file, json);
        return file;
    }
}
