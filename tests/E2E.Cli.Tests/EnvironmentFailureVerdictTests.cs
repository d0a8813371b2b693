using E2E.Cli;
using E2E.Drivers.Reachability;
using E2E.Reporting.Results;

namespace E2E.Cli.Tests;

/// <summary>
/// Environment failures (miljöfel) in felprov and run: samsa-nere/samvy-nere are caught when their scenarios are reported
/// as the system not answering; for any other fault, or another system, an environment failure is "trasigt".
/// </summary>
public sealed class EnvironmentFailureVerdictTests
{
    private static readonly string SamvyDown = new TenantUnreachableException("Samvy", "local", new Uri("http://127.0.0.1:5001/oauth/token"),
        "503 Service Unavailable på POST /oauth/token").Message;

    private static readonly string SamsaDown = new TenantUnreachableException("SAMSA", "local", new Uri("http://127.0.0.1:5000/"),
        "anslutningen nekades (ingen lyssnar på porten) på GET /").Message;

    [Test]
    public void The_drivers_words_are_the_words_the_report_reads()
    {
        TenantUnreachableException.Prefix.Should().Be(EnvironmentFailure.Prefix);
        EnvironmentFailure.Unreachable(SamvyDown).Should().Be(("Samvy", "local"));
    }

    [Test]
    public void An_outage_fault_is_caught_as_environment_failures_naming_its_system()
    {
        var verdict = Judge("Samvy", Broken("Ett", SamvyDown), Broken("Två", SamvyDown), Passed("Tre"));

        verdict.Should().BeEquivalentTo(new { Caught = 0, Environment = 2, Broken = 0, Passed = 1, Total = 3, IsCaught = true, IsCaughtAsEnvironment = true });
        verdict.FirstCatch!.Step.Should().Be("Givet att en patient skrivs in på avdelning 32 på NÄL");
        new FaultProbeRow(Probe("samvy-nere"), verdict, 1, null).Outcome.Should().Be("fångat som miljöfel");
    }

    [Test]
    public void Another_system_not_answering_is_broken_not_caught()
    {
        var verdict = Judge("Samvy", Broken("Ett", SamsaDown));

        verdict.Should().BeEquivalentTo(new { Environment = 0, Broken = 1, IsCaught = false });
    }

    [Test]
    public void For_any_other_fault_an_environment_failure_is_broken()
    {
        var verdict = Judge(null, Broken("Ett", SamvyDown));

        verdict.Should().BeEquivalentTo(new { Environment = 0, Broken = 1, IsCaught = false });
        new FaultProbeRow(Probe("tappa-meddelanden"), verdict, 1, null).Outcome.Should().Be("INTE FÅNGAT");
    }

    [TestCase("samvy-nere", "Samvy")]
    [TestCase("samsa-nere", "SAMSA")]
    [TestCase("tappa-meddelanden", null)]
    public void Only_the_outage_faults_take_a_system_down(string fault, string? system) =>
        FaultProbeCommand.DownSystemOf(fault).Should().Be(system);

    [Test]
    public void The_run_says_one_line_per_system_that_did_not_answer()
    {
        var summary = EnvironmentSummary.From(new[] { Broken("Ett", SamvyDown), Broken("Två", SamvyDown), Broken("Tre", SamsaDown), Passed("Fyra") }
            .Select(AllureResultsReader.Parse));

        summary.Scenarios.Should().Be(3);
        summary.Lines().Should().Equal(
            "MILJÖFEL: SAMSA (local) svarade inte: 1 scenario kunde inte köras klart",
            "MILJÖFEL: Samvy (local) svarade inte: 2 scenarier kunde inte köras klart");
        EnvironmentSummary.ExitCode.Should().Be(3);
    }

    [Test]
    public void A_product_failure_is_no_environment_failure()
    {
        var summary = EnvironmentSummary.From([AllureResultsReader.Parse(Result("Ett", "failed", "Så ska hemsjukvården se meddelandet", "Inkorgen saknar meddelandet"))]);

        summary.Scenarios.Should().Be(0);
        summary.Lines().Should().BeEmpty();
    }

    private static FaultVerdict Judge(string? downSystem, params string[] results) =>
        FaultVerdict.From(results.Select(AllureResultsReader.Parse), downSystem);

    private static FaultProbe Probe(string fault) => new(fault, ["P11"], ["P11"], Requested: true);

    private static string Broken(string name, string message) =>
        Result(name, "broken", "Givet att en patient skrivs in på avdelning 32 på NÄL", message);

    private static string Passed(string name) => Result(name, "passed", "Så ska hemsjukvården se meddelandet", null);

    private static string Result(string name, string status, string step, string? message)
    {
        var details = message is null ? "" : $$"""  "statusDetails": { "message": {{System.Text.Json.JsonSerializer.Serialize(message)}} },""";
        return $$"""
            {
              "uuid": "{{Guid.NewGuid()}}", "fullName": "features/P11: {{name}}", "name": "{{name}}", "status": "{{status}}",
              {{details}}
              "stage": "finished", "start": 1796421612530, "stop": 1796421629741,
              "labels": [ { "name": "process", "value": "P11" } ],
              "steps": [ { "name": "{{step}}", "status": "{{status}}", {{details}} "stage": "finished", "steps": [], "attachments": [], "parameters": [] } ]
            }
            """;
    }
}
