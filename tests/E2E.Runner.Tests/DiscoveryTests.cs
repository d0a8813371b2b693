using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Runner.Tests;

public class DiscoveryTests
{
    [Test]
    public void Every_scenario_and_every_examples_row_becomes_one_case()
    {
        var cases = Fixtures.Cases("grund");

        cases.Select(c => c.DisplayName).Should().Equal(
            "Vårdplan i testform › Ett enkelt scenario med tabell och dokumentsträng",
            "Vårdplan i testform › Meddelande mellan Samvy och SAMSA [från: Samvy, till: SAMSA]",
            "Vårdplan i testform › Meddelande mellan SAMSA och Samvy [från: SAMSA, till: Samvy]",
            "Vårdplan i testform › Meddelande mellan SAMSA och SAMSA [från: SAMSA, till: SAMSA]",
            "Vårdplan i testform › Scenario i en regel");
        cases.Select(c => c.PickleIndex).Should().Equal("0", "1", "2", "3", "4");
    }

    [Test]
    public void Swedish_is_the_default_dialect_and_keywords_are_kept_as_written()
    {
        var scenario = Fixtures.Case("grund", "tabell och dokumentsträng");

        scenario.Steps.Select(s => s.DisplayText).Should().Equal(
            "Givet att loggen är tom",
            "Givet följande enheter:",
            "När meddelandet skickas med texten:",
            "Så ska loggen innehålla \"meddelande\"",
            "Och ska loggen innehålla \"enheter:2\"");
        scenario.Steps.Select(s => s.Kind).Should().Equal(
            StepKind.Given, StepKind.Given, StepKind.When, StepKind.Then, StepKind.Then);
        scenario.Steps[1].DataTable.Should().HaveCount(3);
        scenario.Steps[2].DocString.Should().Be("Beräknad utskrivning om 5 dagar");
        scenario.Steps[1].Line.Should().Be(9);
    }

    [Test]
    public void Outline_rows_carry_their_values_as_arguments_and_their_line()
    {
        var row = Fixtures.Case("grund", "[från: SAMSA, till: SAMSA]");

        row.Arguments["från"].Should().Be("SAMSA");
        row.Arguments["till"].Should().Be("SAMSA");
        row.Steps[1].Text.Should().Be("ett meddelande går från SAMSA till SAMSA");
        row.Line.Should().Be(34);
        row.ScenarioTitle.Should().Be("Meddelande mellan <från> och <till>");
    }

    [Test]
    public void Tags_of_feature_rule_scenario_and_examples_become_nunit_categories()
    {
        var fast = ScenarioTestCases.ToTestCase(Fixtures.Case("grund", "[från: Samvy, till: SAMSA]"));
        var slow = ScenarioTestCases.ToTestCase(Fixtures.Case("grund", "[från: SAMSA, till: SAMSA]"));
        var inRule = Fixtures.Case("grund", "Scenario i en regel");

        Categories(fast).Should().BeEquivalentTo("process:P99", "allure.epic:Testepos", "riktning", "snabb");
        Categories(slow).Should().BeEquivalentTo("process:P99", "allure.epic:Testepos", "riktning");
        inRule.Tags.Should().Contain("regeltagg");
        inRule.Rule!.Title.Should().Be("Regler har egen bakgrund");
        inRule.Steps.Select(s => s.Text).Should().Equal("att loggen är tom", "att regelns bakgrund har körts",
            "ska loggen innehålla \"regelbakgrund\"");
    }

    [Test]
    public void A_feature_that_does_not_parse_becomes_one_failing_case_naming_file_line_and_column()
    {
        var cases = Fixtures.Cases("trasig");

        var broken = cases.Single(c => c.ParseError is not null);
        broken.ParseError.Should().StartWith("Feature-filen trasig/trasig.feature kunde inte läsas (rad 5, kolumn 5)");
        broken.DisplayName.Should().Be("Feature-fel i trasig/trasig.feature");
        cases.Should().Contain(c => c.DisplayName.EndsWith("Fungerar ändå") && c.ParseError == null);
    }

    [Test]
    public void A_missing_features_folder_is_a_failing_case_not_silence()
    {
        var cases = ScenarioCatalog.Discover(Fixtures.Folder("finns-inte"));

        cases.Should().ContainSingle().Which.ParseError.Should().Contain("finns inte");
    }

    private static IEnumerable<string> Categories(NUnit.Framework.TestCaseData data) =>
        data.Properties["Category"].Cast<string>();
}
