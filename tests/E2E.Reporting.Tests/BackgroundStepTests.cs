using E2E.Reporting.Reqnroll;
using E2E.Reporting.Tests.Support;
using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Reporting.Tests;

/// <summary>Steps written under Bakgrund are shown as such, so a reader sees where the scenario's own steps begin.</summary>
public sealed class BackgroundStepTests
{
    private const string Feature = """
        # language: sv
        @process:P04
        Egenskap: Inskrivningsmeddelande över systemgränsen

          Bakgrund:
            Givet att avdelning 32 på NÄL arbetar i Samvy

          Regel: Kommunen i SAMSA

            Bakgrund:
              Och att hemsjukvården i Lerums kommun arbetar i SAMSA

            Scenario: Meddelandet når kommunens inkorg
              Givet att en patient skrivs in på avdelning 32 på NÄL
              När sjuksköterskan skickar inskrivningsmeddelande
              Så ska hemsjukvården se meddelandet
        """;

    [Test]
    public async Task Steps_from_the_features_and_the_rules_bakgrund_are_named_so_in_the_report()
    {
        using var results = new TempDirectory();
        var feature = GherkinFeatureReader.Read("features/P04/inskrivning.feature", Feature);
        var scenario = ScenarioCaseBuilder.Build(feature).Single();
        var driver = new ScenarioDriver(results.Path, feature.Info, GherkinInfo.Scenario(scenario.ScenarioTitle!, []));
        BackgroundStepPositions.Register(driver.Scenario.ScenarioContainer, scenario);

        await driver.StartAsync();
        foreach (var step in scenario.Steps) await driver.StepAsync(step.Keyword, step.Text);
        await driver.FinishAsync();

        ResultFiles.SingleResult(results.Path).GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .Should().Equal(
                "Bakgrund: Givet att avdelning 32 på NÄL arbetar i Samvy",
                "Bakgrund: Och att hemsjukvården i Lerums kommun arbetar i SAMSA",
                "Givet att en patient skrivs in på avdelning 32 på NÄL",
                "När sjuksköterskan skickar inskrivningsmeddelande",
                "Så ska hemsjukvården se meddelandet");
    }

    [Test]
    public async Task Without_the_runners_registration_no_step_is_marked()
    {
        using var results = new TempDirectory();
        var driver = new ScenarioDriver(results.Path, GherkinInfo.Feature("Inskrivningsmeddelande", "process:P04"),
            GherkinInfo.Scenario("Meddelandet når kommunens inkorg", []));

        await driver.StartAsync();
        await driver.StepAsync("Givet ", "att avdelning 32 på NÄL arbetar i Samvy");
        await driver.FinishAsync();

        ResultFiles.SingleResult(results.Path).GetProperty("steps")[0].GetProperty("name").GetString()
            .Should().Be("Givet att avdelning 32 på NÄL arbetar i Samvy");
    }

    [Test]
    public void Runner_and_reporting_use_the_same_registration_name()
        => BackgroundSteps.RunnerRegistrationName.Should().Be(BackgroundStepPositions.Name);
}
