using E2E.Reporting.Results;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class ScenarioResultFactoryTests
{
    private static ScenarioDescription Scenario(string[] featureTags, string[] scenarioTags, params KeyValuePair<string, string>[] arguments)
        => new("Inskrivningsmeddelande över systemgränsen", "Egenskapens beskrivning", "P04", featureTags, null, [],
            "Meddelande når kommunens inkorg", null, scenarioTags, arguments);

    [Test]
    public void Outline_arguments_become_parameters_and_part_of_the_history_id()
    {
        var first = ScenarioResultFactory.Create(Scenario([], [], new("system", "Samvy"), new("dagar", "5")), 0);
        var second = ScenarioResultFactory.Create(Scenario([], [], new("system", "SAMSA"), new("dagar", "5")), 0);

        first.Parameters.Select(p => (p.Name, p.Value)).Should().Equal(("system", "Samvy"), ("dagar", "5"));
        first.HistoryId.Should().NotBe(second.HistoryId);
        first.TestCaseId.Should().Be(second.TestCaseId);
    }

    [Test]
    public void An_outline_row_is_named_by_what_differs_from_the_other_rows()
    {
        ScenarioResultFactory.Create(Scenario([], [], new("system", "Samvy"), new("dagar", "5")), 0).Name
            .Should().Be("Meddelande når kommunens inkorg [Samvy, 5]");
        ScenarioResultFactory.RowName("Samma reservnummer från <utfärdare> kopplas inte ihop i <system>",
                [new("utfärdare", "den nationella reservidentiteten"), new("system", "SAMSA")])
            .Should().Be("Samma reservnummer från den nationella reservidentiteten kopplas inte ihop i SAMSA");
        ScenarioResultFactory.Create(Scenario([], []), 0).Name.Should().Be("Meddelande når kommunens inkorg");
    }

    [Test]
    public void Process_becomes_the_default_parent_suite_and_feature_title_the_feature()
    {
        var result = ScenarioResultFactory.Create(Scenario(["process:P04", "critical"], []), 0);

        result.Labels.Should().ContainEquivalentOf(new { Name = "parentSuite", Value = "P04" });
        result.Labels.Should().ContainEquivalentOf(new { Name = "feature", Value = "Inskrivningsmeddelande över systemgränsen" });
        result.Labels.Should().ContainEquivalentOf(new { Name = "framework", Value = "reqnroll" });
        result.TitlePath.Should().Equal("P04", "Inskrivningsmeddelande över systemgränsen");
        result.FullName.Should().Be("P04/Inskrivningsmeddelande över systemgränsen: Meddelande når kommunens inkorg");
    }

    [Test]
    public void A_scenario_tag_overrides_a_feature_tag_for_single_valued_labels()
    {
        var result = ScenarioResultFactory.Create(Scenario(["critical", "allure.feature:Inskrivning"], ["minor"]), 0);

        result.Labels.Where(l => l.Name == "severity").Select(l => l.Value).Should().Equal("minor");
        result.Labels.Where(l => l.Name == "feature").Select(l => l.Value).Should().Equal("Inskrivning");
    }
}
