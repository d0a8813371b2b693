using E2E.Cli;
using E2E.Reporting.Results;

namespace E2E.Cli.Tests;

/// <summary>felprov's verdict from Allure result files as our writer produces them (steps named "keyword text").</summary>
public sealed class FaultVerdictTests
{
    private const string Inbox = "Inkorgen för Hemsjukvården Lerums kommun i SAMSA saknar inskrivningsmeddelandet för patient 19121212-1212";

    [Test]
    public void A_failed_Så_step_with_a_message_is_a_catch_naming_the_step_and_the_message()
    {
        var verdict = Judge(Result("Meddelandet når kommunen", "failed",
            ("Givet att avdelning 32 på NÄL arbetar i Samvy", "passed", null),
            ("När sjuksköterskan skickar inskrivningsmeddelande", "passed", null),
            ("Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA", "failed", Inbox),
            ("Och meddelandet ska visa patientens namn", "skipped", null)));

        verdict.IsCaught.Should().BeTrue();
        verdict.Caught.Should().Be(1);
        verdict.FirstCatch.Should().Be(new ScenarioStop("Meddelandet når kommunen",
            "Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA", Inbox));
    }

    [TestCase("Och meddelandet ska ha kommit exakt en gång")]
    [TestCase("Men meddelandet ska inte ha kommit två gånger")]
    public void A_failed_continuation_of_a_Så_step_is_a_catch(string step)
    {
        var verdict = Judge(Result("En gång", "failed",
            ("När sjuksköterskan skickar inskrivningsmeddelande", "passed", null),
            ("Så ska hemsjukvården se inskrivningsmeddelandet", "passed", null),
            (step, "failed", "Meddelandet kom 2 gånger")));

        verdict.IsCaught.Should().BeTrue();
        verdict.FirstCatch!.Step.Should().Be(step);
    }

    [Test]
    public void A_step_from_Bakgrund_keeps_its_keyword_behind_the_mark()
    {
        var verdict = Judge(
            Result("Så i bakgrunden", "failed", ("Bakgrund: Så ska inkorgen vara tom", "failed", "Inkorgen har 1 meddelande")),
            Result("Och efter Givet i bakgrunden", "failed",
                ("Bakgrund: Givet att avdelning 32 på NÄL arbetar i Samvy", "passed", null),
                ("Och att sjuksköterskan har skickat inskrivningsmeddelande", "failed", "Inkorgen saknar meddelandet")));

        verdict.Caught.Should().Be(1, "a Så step is a business check also when it is written under Bakgrund");
        verdict.Broken.Should().Be(1);
    }

    [Test]
    public void A_failure_in_Givet_or_its_Och_is_broken_not_caught()
    {
        var verdict = Judge(
            Result("Givet föll", "failed", ("Givet att en patient skrivs in på avdelning 32 på NÄL", "failed", "Förväntade 200 men fick 503")),
            Result("Och efter Givet föll", "failed",
                ("Givet att avdelning 32 på NÄL arbetar i Samvy", "passed", null),
                ("Och att sjuksköterskan har skickat inskrivningsmeddelande", "failed", "Inkorgen saknar meddelandet")));

        verdict.IsCaught.Should().BeFalse();
        verdict.Broken.Should().Be(2);
        verdict.FirstBroken!.Step.Should().Be("Givet att en patient skrivs in på avdelning 32 på NÄL");
    }

    [Test]
    public void A_broken_scenario_does_not_count_even_when_it_broke_in_Så()
    {
        var verdict = Judge(Result("Kraschade", "broken",
            ("När sjuksköterskan skickar inskrivningsmeddelande", "passed", null),
            ("Så ska hemsjukvården se inskrivningsmeddelandet", "broken", "Timeout 10000ms exceeded.")));

        verdict.IsCaught.Should().BeFalse();
        verdict.Broken.Should().Be(1);
        verdict.FirstBroken.Should().Be(new ScenarioStop("Kraschade", "Så ska hemsjukvården se inskrivningsmeddelandet", "Timeout 10000ms exceeded."));
    }

    [Test]
    public void A_failed_Så_step_without_a_message_or_a_failed_hook_is_no_catch()
    {
        var verdict = Judge(
            Result("Utan meddelande", "failed", ("Så ska hemsjukvården se inskrivningsmeddelandet", "failed", null)),
            Result("Hook", "failed", ("Hook misslyckades: före scenariot (StartBrowser)", "failed", "Webbläsaren startade inte")));

        verdict.IsCaught.Should().BeFalse();
        verdict.Broken.Should().Be(2);
    }

    [Test]
    public void All_passed_is_not_caught()
    {
        var verdict = Judge(
            Result("Ett", "passed", ("Så ska hemsjukvården se inskrivningsmeddelandet", "passed", null)),
            Result("Två", "passed", ("Så ska hemsjukvården se utskrivningsmeddelandet", "passed", null)));

        verdict.IsCaught.Should().BeFalse();
        verdict.Should().BeEquivalentTo(new { Caught = 0, Passed = 2, Broken = 0, Skipped = 0, FirstCatch = (ScenarioStop?)null });
    }

    [Test]
    public void Skipped_scenarios_are_counted_apart_and_catch_nothing()
    {
        var verdict = Judge(
            Result("Klockan", "skipped", ("Givet att det är fredag 6 mars 2026 kl. 08.00", "skipped", "Hoppas över: miljön saknar testklocka")),
            Result("Fångar", "failed", ("Så ska Lerums kommun betala för patienten", "failed", "Betaldagarna skiljer sig")));

        verdict.Should().BeEquivalentTo(new { Caught = 1, Passed = 0, Broken = 0, Skipped = 1, Total = 2 });
    }

    [Test]
    public void No_results_at_all_is_not_caught()
    {
        var verdict = FaultVerdict.From([]);

        verdict.IsCaught.Should().BeFalse();
        verdict.Total.Should().Be(0);
    }

    private static FaultVerdict Judge(params string[] results) => FaultVerdict.From(results.Select(AllureResultsReader.Parse));

    // Hand-written in the shape AllureResultsWriter produces (camelCase, statusDetails only when there is a message).
    private static string Result(string name, string status, params (string Name, string Status, string? Message)[] steps)
    {
        var failing = steps.FirstOrDefault(s => s.Message is not null).Message;
        return $$"""
            {
              "uuid": "{{Guid.NewGuid()}}",
              "fullName": "features/P04/Inskrivningsmeddelande: {{name}}",
              "name": "{{name}}",
              "status": "{{status}}",
              {{Details(failing)}}
              "stage": "finished",
              "start": 1796421612530,
              "stop": 1796421629741,
              "labels": [ { "name": "process", "value": "P04" } ],
              "steps": [ {{string.Join(",\n", steps.Select(Step))}} ]
            }
            """;
    }

    private static string Step((string Name, string Status, string? Message) step) => $$"""
        { "name": "{{step.Name}}", "status": "{{step.Status}}", {{Details(step.Message)}} "stage": "finished", "steps": [], "attachments": [], "parameters": [] }
        """;

    private static string Details(string? message) =>
        message is null ? "" : $$"""  "statusDetails": { "message": "{{message}}", "trace": "at E2E.Specs.Steps" },""";
}
