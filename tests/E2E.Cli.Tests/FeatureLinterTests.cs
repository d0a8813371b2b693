using E2E.Cli.Granskning;
using E2E.Reporting.Processes;

namespace E2E.Cli.Tests;

/// <summary>Each rule of granska made to fire by a small feature, and quiet on a good one.</summary>
public sealed class FeatureLinterTests
{
    private static readonly ProcessCatalog Catalog = new([new("P04", "Inskrivningsmeddelande", [])], []);

    private const string Good = """
        # language: sv
        @process:P04 @normal
        Egenskap: Bra

          Scenario: Kommunen får meddelandet
            Givet att avdelning 32 på NÄL arbetar i Samvy
            När sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning om 5 dagar
            Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA

          Scenariomall: Mottagaren får meddelandet i sitt system
            Givet att <mottagare> arbetar i <system>

            Exempel:
              | mottagare                     | system |
              | hemsjukvården i Lerums kommun | SAMSA  |
        """;

    private static List<Finding> Lint(string text) => [.. FeatureLinter.CheckFile("features/P04/prov.feature", text, Catalog)];

    private static Finding Single(string text, string rule)
    {
        var findings = Lint(text);
        findings.Select(f => f.Rule).Should().Equal([rule], string.Join("\n", findings));
        return findings[0];
    }

    [Test]
    public void A_good_feature_has_no_findings() => Lint(Good).Should().BeEmpty();

    [Test]
    public void A_file_without_the_language_line_is_found() =>
        Single(Good.Replace("# language: sv\n", ""), "språk").Line.Should().Be(1);

    [Test]
    public void A_feature_without_a_process_tag_is_found()
    {
        var finding = Single(Good.Replace("@process:P04 ", ""), "process-tagg");
        finding.Suggestion.Should().Contain("P04");
    }

    [Test]
    public void A_process_not_in_the_catalogue_is_an_unknown_tag() =>
        Single(Good.Replace("@process:P04", "@process:P99"), "okänd-tagg").Message.Should().Contain("P99");

    [Test]
    public void A_misspelt_capability_or_tag_is_an_unknown_tag()
    {
        Single(Good.Replace("@normal", "@normal @kräver:testklockan"), "okänd-tagg").Suggestion.Should().Contain("@kräver:testklocka");
        Single(Good.Replace("@normal", "@normal @kritisk"), "okänd-tagg").Line.Should().Be(2);
    }

    [Test]
    public void A_scenario_without_severity_is_found()
    {
        var finding = Single(Good.Replace(" @normal", "").Replace("  Scenario: Kommunen", "  @critical\n  Scenario: Kommunen"), "allvarlighet");
        finding.Subject.Should().Be("Mottagaren får meddelandet i sitt system");
    }

    [Test]
    public void Two_scenarios_with_one_name_are_found_at_the_second()
    {
        var finding = Single(Good.Replace("Scenariomall: Mottagaren får meddelandet i sitt system", "Scenariomall: Kommunen får meddelandet"), "dubblett-namn");
        finding.Line.Should().Be(10);
        finding.Message.Should().Contain("rad 5");
    }

    [Test]
    public void Words_about_the_screen_are_found()
    {
        var findings = Lint(Good.Replace("skickar inskrivningsmeddelande", "klickar på knappen Skicka för inskrivningsmeddelande"));
        findings.Select(f => (f.Rule, f.Subject, f.Line)).Should().Equal(("ui-ord", "klickar", 7), ("ui-ord", "knappen", 7));
    }

    [Test]
    public void A_personnummer_off_the_test_lists_is_found_in_a_step_and_in_a_table()
    {
        var inStep = Single(Good.Replace("att avdelning 32 på NÄL arbetar i Samvy", "att patienten med personnummer 19800101-0002 skrivs in"), "personnummer");
        inStep.Subject.Should().Be("19800101-0002");
        var inTable = Lint(Good.Replace("Givet att <mottagare> arbetar i <system>",
            "Givet att <mottagare> arbetar i <system>\n    Och patienterna\n      | personnummer  |\n      | 19800101-0002 |"));
        inTable.Should().ContainSingle(f => f.Rule == "personnummer").Which.Line.Should().Be(14);
    }

    [Test]
    public void A_test_identity_is_not_found() =>
        Lint(Good.Replace("att avdelning 32 på NÄL arbetar i Samvy", "att patienten med personnummer 18900101-9802 skrivs in")).Should().BeEmpty();

    [Test]
    public void A_long_scenario_is_found()
    {
        var steps = string.Concat(Enumerable.Repeat("\n    Och att avdelning 32 på NÄL arbetar i Samvy", ShapeRules.MaxSteps));
        Single(Good.Replace("arbetar i Samvy\n    När", "arbetar i Samvy" + steps + "\n    När"), "för-långt").Message.Should().Contain($"{ShapeRules.MaxSteps + 3} steg");
    }

    [Test]
    public void An_unused_and_a_missing_examples_column_are_found()
    {
        var unused = Single(Good.Replace("| mottagare                     | system |", "| mottagare                     | system | extra |")
            .Replace("| hemsjukvården i Lerums kommun | SAMSA  |", "| hemsjukvården i Lerums kommun | SAMSA  | x     |"), "exempel-kolumn");
        unused.Subject.Should().Be("extra");
        Lint(Good.Replace("arbetar i <system>", "arbetar i <systemet>")).Select(f => (f.Rule, f.Subject))
            .Should().Equal(("exempel-kolumn", "<systemet>"), ("exempel-kolumn", "system"));
    }

    [Test]
    public void A_file_that_does_not_parse_is_one_finding_with_its_line() =>
        Single(Good.Replace("    Så ska", "    Sedan ska"), "tolkning").Line.Should().Be(8);

    [Test]
    public void The_baseline_hides_known_findings_by_file_rule_and_subject_even_when_lines_move()
    {
        var file = Path.Combine(Path.GetTempPath(), $"baslinje-{Guid.NewGuid():N}.json");
        try
        {
            var before = Lint(Good.Replace("skickar inskrivningsmeddelande", "klickar och skickar inskrivningsmeddelande"));
            Baseline.Write(file, before);
            var moved = Lint(Good.Replace("  Scenario: Kommunen", "  # en kommentar som flyttar raderna\n  Scenario: Kommunen")
                .Replace("skickar inskrivningsmeddelande", "klickar och skickar inskrivningsmeddelande"));

            moved.Single().Line.Should().NotBe(before.Single().Line);
            Baseline.Read(file).Should().Contain(moved.Single().Key);
            Baseline.Read(file).Should().NotContain(Lint(Good.Replace("skickar", "klickar på knappen och skickar")).Select(f => f.Key).Last());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
