using System.Collections.Specialized;
using System.Text.Json;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;
using Reqnroll;

namespace E2E.Reporting.Tests;

public sealed class ScenarioListenerTests
{
    private TempDirectory _results = null!;

    [SetUp] public void CreateResults() => _results = new TempDirectory();
    [TearDown] public void RemoveResults() => _results.Dispose();

    private static readonly string[] FeatureTags = ["process:P04", "allure.epic:In-_och_utskrivning", "critical"];

    private ScenarioDriver Driver(OrderedDictionary? arguments = null, params string[] scenarioTags) => new(_results.Path,
        GherkinInfo.Feature("Inskrivningsmeddelande över systemgränsen", FeatureTags),
        GherkinInfo.Scenario("Meddelande från Samvy når kommunens inkorg i SAMSA", ["allure.owner:Team_Samverkan", .. scenarioTags], arguments, FeatureTags));

    [Test]
    public async Task Passing_scenario_writes_one_result_without_bom_with_swedish_step_names()
    {
        var driver = Driver();
        await driver.StartAsync();
        await driver.StepAsync("Givet ", "att avdelning 32 på NÄL arbetar i Samvy");
        await driver.StepAsync("Och ", "att hemsjukvården i Lerums kommun arbetar i SAMSA");
        await driver.FinishAsync();

        var path = ResultFiles.ResultPaths(_results.Path).Should().ContainSingle().Subject;
        File.ReadAllBytes(path)[0].Should().Be((byte)'{', "Allure 3 rejects a byte order mark");
        var result = ResultFiles.SingleResult(_results.Path);
        result.GetProperty("status").GetString().Should().Be("passed");
        result.GetProperty("stage").GetString().Should().Be("finished");
        result.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .Should().Equal("Givet att avdelning 32 på NÄL arbetar i Samvy", "Och att hemsjukvården i Lerums kommun arbetar i SAMSA");
        ResultFiles.Labels(result).Should().Contain([("process", "P04"), ("parentSuite", "P04"), ("epic", "In- och utskrivning"),
            ("severity", "critical"), ("owner", "Team Samverkan"), ("feature", "Inskrivningsmeddelande över systemgränsen")]);
        result.GetProperty("stop").GetInt64().Should().BeGreaterThanOrEqualTo(result.GetProperty("start").GetInt64());
    }

    [Test]
    public async Task Failed_assertion_marks_step_and_scenario_failed_and_later_steps_skipped()
    {
        var driver = Driver();
        await driver.StartAsync();
        await driver.StepAsync("När ", "sjuksköterskan skickar inskrivningsmeddelande", step =>
            (step.Status, step.StepError) = (ScenarioExecutionStatus.TestError, new AssertionException("Meddelandet saknas i inkorgen")));
        await driver.StepAsync("Så ", "ska hemsjukvården se meddelandet");
        await driver.FinishAsync();

        var result = ResultFiles.SingleResult(_results.Path);
        result.GetProperty("status").GetString().Should().Be("failed");
        result.GetProperty("statusDetails").GetProperty("message").GetString().Should().Be("Meddelandet saknas i inkorgen");
        result.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()).Should().Equal("failed", "skipped");
    }

    [Test]
    public async Task Undefined_step_is_broken_with_the_swedish_message_categories_match()
    {
        var driver = Driver();
        await driver.StartAsync();
        await driver.StepAsync("Givet ", "att något helt nytt händer", step => step.Status = ScenarioExecutionStatus.UndefinedStep);
        await driver.FinishAsync();

        var result = ResultFiles.SingleResult(_results.Path);
        result.GetProperty("status").GetString().Should().Be("broken");
        result.GetProperty("statusDetails").GetProperty("message").GetString()
            .Should().Be("Steget saknar stegdefinition: Givet att något helt nytt händer");
    }

    [Test]
    public async Task Outline_row_arguments_and_data_tables_reach_the_result()
    {
        var driver = Driver(new OrderedDictionary { ["avsändare"] = "Samvy", ["mottagare"] = "SAMSA" });
        var table = new Table("Fält", "Värde");
        table.AddRow("Namn", "Tolvan Tolvansson, \"Tolle\"");
        await driver.StartAsync();
        await driver.StepAsync("Så ", "ska meddelandet visa", table: table);
        await driver.FinishAsync();

        var result = ResultFiles.SingleResult(_results.Path);
        result.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("value").GetString()))
            .Should().Equal(("avsändare", "Samvy"), ("mottagare", "SAMSA"));
        var attachment = result.GetProperty("steps")[0].GetProperty("attachments").EnumerateArray().Should().ContainSingle().Subject;
        attachment.GetProperty("type").GetString().Should().Be("text/csv");
        File.ReadAllText(Path.Combine(_results.Path, attachment.GetProperty("source").GetString()!))
            .Should().Be("Fält,Värde\r\nNamn,\"Tolvan Tolvansson, \"\"Tolle\"\"\"\r\n");
    }

    [Test]
    public async Task Run_time_labels_parameters_and_attachments_go_to_the_result_and_running_step()
    {
        var driver = Driver();
        await driver.StartAsync();
        ScenarioReport.AddParameter(driver.Scenario, "seed", "123", excludedFromHistory: true);
        await driver.StepAsync("När ", "meddelandet skickas", _ =>
        {
            ScenarioReport.AddLabel(driver.Scenario, "riktning", "Samvy→SAMSA");
            ScenarioReport.Attach(driver.Scenario, "Skärmbild", "image/png", [1, 2, 3], "png");
        });
        await driver.FinishAsync();

        var result = ResultFiles.SingleResult(_results.Path);
        ResultFiles.Labels(result).Should().Contain(("riktning", "Samvy→SAMSA"));
        result.GetProperty("parameters").EnumerateArray().Should().ContainSingle(p => p.GetProperty("value").GetString() == "123");
        result.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "seed")
            .GetProperty("excluded").GetBoolean().Should().BeTrue("the seed differs every run and must not split the history");
        var attachment = result.GetProperty("steps")[0].GetProperty("attachments")[0];
        attachment.GetProperty("name").GetString().Should().Be("Skärmbild");
        File.ReadAllBytes(Path.Combine(_results.Path, attachment.GetProperty("source").GetString()!)).Should().Equal(1, 2, 3);
        result.GetProperty("attachments").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Two_runs_with_different_seeds_keep_one_history_id()
    {
        foreach (var seed in new[] { "123", "98765" })
        {
            var driver = Driver();
            await driver.StartAsync();
            ScenarioReport.AddParameter(driver.Scenario, "seed", seed, excludedFromHistory: true);
            await driver.StepAsync("När ", "meddelandet skickas", _ => { });
            await driver.FinishAsync();
        }

        var results = ResultFiles.ResultPaths(_results.Path).Select(p => JsonDocument.Parse(File.ReadAllBytes(p)).RootElement).ToList();
        results.Should().HaveCount(2);
        results.Select(r => r.GetProperty("historyId").GetString()).Distinct().Should().ContainSingle("the seed must not cut the scenario's history");
        results.Select(r => r.GetProperty("uuid").GetString()).Distinct().Should().HaveCount(2);
        results.Select(r => r.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "seed"))
            .Should().OnlyContain(p => p.GetProperty("excluded").GetBoolean(), "Allure 3 leaves excluded parameters out of its own history id");
    }

    [Test]
    public async Task Scenario_severity_beats_the_feature_severity_even_with_inherited_tags()
    {
        var driver = Driver(null, "minor");
        await driver.StartAsync();
        await driver.FinishAsync();

        ResultFiles.Labels(ResultFiles.SingleResult(_results.Path)).Where(l => l.Name == "severity").Should().Equal(("severity", "minor"));
    }
}
