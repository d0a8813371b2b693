using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Runner.Tests;

[NonParallelizable]
public class ExecutionTests
{
    private static Task Run(string folder, string name) =>
        ScenarioExecutor.RunAsync(Fixtures.Case(folder, name), typeof(ExecutionTests).Assembly);

    [TestCase("tabell och dokumentsträng")]
    [TestCase("[från: Samvy, till: SAMSA]")]
    [TestCase("[från: SAMSA, till: SAMSA]")]
    [TestCase("Scenario i en regel")]
    public async Task Scenarios_with_background_rules_tables_and_doc_strings_pass(string name)
    {
        await Run("grund", name);
    }

    [Test]
    public async Task Hooks_fire_around_features_scenarios_and_steps_with_the_keyword_as_written()
    {
        await Run("trasig", "Fungerar ändå"); // another feature first, so the worker must switch features
        FixtureHooks.Events.Clear();

        await Run("grund", "tabell och dokumentsträng");

        FixtureHooks.Events.Should().Contain("BeforeFeature:Vårdplan i testform")
            .And.Contain("BeforeScenario:Ett enkelt scenario med tabell och dokumentsträng")
            .And.Contain("AfterStep:Och ska loggen innehålla \"enheter:2\"")
            .And.Contain("AfterScenario:Ett enkelt scenario med tabell och dokumentsträng");
    }

    [Test]
    public async Task An_undefined_step_fails_in_swedish_with_file_line_and_a_snippet()
    {
        var act = () => Run("odefinierad", "saknar definition");

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        failure.Message.Should().StartWith(
            "Steget saknar stegdefinition: \"När något helt odefinierat händer med 5 patienter\" (odefinierad/odefinierad.feature:5).");
        failure.Message.Should().Contain("    [When(\"något helt odefinierat händer med {int} patienter\")]\n    public void")
            .And.NotContain("No matching step definition");
    }

    [Test]
    public async Task An_ambiguous_step_fails_naming_both_bindings()
    {
        var act = () => Run("odefinierad", "matchar två definitioner");

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        failure.Message.Should().Contain("Steget matchar flera stegdefinitioner: \"Givet att steget är tvetydigt\"")
            .And.Contain("odefinierad/odefinierad.feature:9")
            .And.Contain("AmbiguousOne").And.Contain("AmbiguousTwo");
    }

    [Test]
    public async Task A_failing_step_names_its_file_and_line()
    {
        var act = () => Run("odefinierad", "Ett steg misslyckas");

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        failure.Message.Should().Contain("Loggen saknar \"något som saknas\"")
            .And.Contain("Steg: Så ska loggen innehålla \"något som saknas\"")
            .And.Contain("Plats: odefinierad/odefinierad.feature:13");
    }

    [Test]
    public async Task A_broken_feature_file_fails_its_case_with_the_parse_message()
    {
        var act = () => Run("trasig", "Feature-fel");

        (await act.Should().ThrowAsync<ScenarioFailedException>()).Which.Message
            .Should().Contain("trasig/trasig.feature kunde inte läsas (rad 5, kolumn 5)");
    }
}

[NonParallelizable]
public class ParallelExecutionTests
{
    [Test]
    public async Task Scenarios_run_concurrently_each_with_its_own_context()
    {
        var cases = Fixtures.Cases("grund");
        var runs = Enumerable.Range(0, 6).SelectMany(_ => cases)
            .Select(c => Task.Run(() => ScenarioExecutor.RunAsync(c, typeof(ParallelExecutionTests).Assembly)));

        await Task.WhenAll(runs);
    }
}
