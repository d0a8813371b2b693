using FluentAssertions;
using NUnit.Framework;

namespace E2E.Cli.Tests;

public class ScenarioTimingTests
{
    // As our Allure writer lays a scenario out, trimmed to what the benchmark reads.
    private const string Passed = """
        { "uuid": "a1", "name": "Meddelande når kommunens inkorg", "status": "passed", "stage": "finished",
          "start": 1796421571906, "stop": 1796421586576,
          "labels": [ { "name": "epic", "value": "In- och utskrivning" }, { "name": "process", "value": "P04" },
                      { "name": "riktning", "value": "SAMSA→SAMSA" } ],
          "steps": [ { "name": "Givet …", "status": "passed", "start": 1796421571910, "stop": 1796421572000 } ] }
        """;

    [Test]
    public void Duration_is_stop_minus_start_and_the_process_comes_from_its_label()
    {
        var timing = ScenarioTiming.Parse(Passed);

        timing.Should().Be(new ScenarioTiming("P04", "Meddelande når kommunens inkorg", "passed", 14.670));
        timing.Failed.Should().BeFalse();
    }

    [Test]
    public void A_scenario_without_a_process_tag_is_counted_apart_and_a_broken_one_is_a_failure()
    {
        var timing = ScenarioTiming.Parse("""{ "name": "x", "status": "broken", "start": 1000, "stop": 3500, "labels": [] }""");

        timing.Process.Should().Be(ScenarioTiming.NoProcess);
        timing.Seconds.Should().Be(2.5);
        timing.Failed.Should().BeTrue();
        ScenarioTiming.Parse("""{ "name": "s", "status": "skipped", "start": 1, "stop": 1 }""").Failed.Should().BeFalse();
    }

    [Test]
    public void A_result_without_stop_cannot_be_timed_and_says_so()
    {
        FluentActions.Invoking(() => ScenarioTiming.Parse("""{ "name": "x", "status": "passed", "start": 1000 }"""))
            .Should().Throw<InvalidDataException>().WithMessage("*stop*");
    }

    [Test]
    public void A_results_directory_gives_one_timing_per_result_file_and_ignores_containers_and_attachments()
    {
        var dir = Directory.CreateTempSubdirectory("e2e-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a1-result.json"), Passed);
            File.WriteAllText(Path.Combine(dir, "b2-result.json"), """{ "name": "y", "status": "failed", "start": 0, "stop": 1000, "labels": [ { "name": "process", "value": "P09" } ] }""");
            File.WriteAllText(Path.Combine(dir, "c3-container.json"), """{ "uuid": "c3", "children": ["a1"] }""");
            File.WriteAllText(Path.Combine(dir, "d4-attachment.csv"), "a;b");

            var timings = ScenarioTiming.ReadDirectory(dir);

            timings.Select(t => (t.Process, t.Status, t.Seconds)).Should().Equal(("P04", "passed", 14.670), ("P09", "failed", 1.0));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
