using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Cli.Tests;

public class BenchmarkFilesTests
{
    private static BenchmarkReport Report(double twoWorkerSeconds) => BenchmarkReport.Create(
        new MachineFacts(2, "Linux", ".NET 10", "10.0.100", "abc1234", true, "2027-12-04T23:30:00+01:00", "0.10 0.20 0.30", "0.40 0.50 0.60"),
        new BenchmarkReport.Setup("local", null, 1, [1, 2], 12.3, 200),
        [
            new BenchmarkRun(1, 1, 90, 0, [new ScenarioTiming("P04", "s", "passed", 10), new ScenarioTiming("P04", "t", "passed", 20)]),
            new BenchmarkRun(2, 1, twoWorkerSeconds, 0, [new ScenarioTiming("P04", "s", "passed", 12), new ScenarioTiming("P04", "t", "passed", 22)]),
        ],
        id => $"{id} Inskrivningsmeddelande");

    [Test]
    public void The_markdown_has_a_row_per_process_with_a_median_and_p95_per_worker_count_and_the_budget_verdict()
    {
        var markdown = BenchmarkMarkdown.Render(Report(twoWorkerSeconds: 70));

        markdown.Should().Contain("| P04 Inskrivningsmeddelande | 2 | 15.0 | 19.5 | 17.0 | 21.5 |")
            .And.Contain("| 2 | 1 | 70.0 | 70.0 | 70.0 |")
            .And.Contain("70.0 s av 240.0 s: inom budget")
            .And.Contain("abc1234 med ändringar som inte är incheckade")
            .And.Contain("E2E_NOW=2027-12-04T23:30:00+01:00")
            .And.Contain("1 gång per antal arbetare")
            .And.EndWith("Resultat: GODKÄNT" + Environment.NewLine);
        BenchmarkMarkdown.Render(Report(twoWorkerSeconds: 250)).Should().Contain("250.0 s av 240.0 s: ÖVER BUDGET")
            .And.Contain("Resultat: MISSLYCKADES: ÖVER BUDGET");
    }

    [Test]
    public void Json_and_markdown_are_written_without_a_byte_order_mark_and_the_json_holds_the_same_numbers()
    {
        var dir = Directory.CreateTempSubdirectory("e2e-cli-").FullName;
        try
        {
            var report = Report(twoWorkerSeconds: 70);
            BenchmarkFiles.Write(dir, report, BenchmarkMarkdown.Render(report));

            foreach (var file in new[] { BenchmarkFiles.Json, BenchmarkFiles.Markdown })
                File.ReadAllBytes(Path.Combine(dir, file))[0].Should().NotBe(0xEF, $"{file} starts with its content, not a BOM");
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, BenchmarkFiles.Json)));
            var root = json.RootElement;
            root.GetProperty("machine").GetProperty("e2eNow").GetString().Should().Be("2027-12-04T23:30:00+01:00");
            root.GetProperty("budget").GetProperty("within").GetBoolean().Should().BeTrue();
            root.GetProperty("passed").GetBoolean().Should().BeTrue();
            root.GetProperty("processes")[0].GetProperty("byWorkers")[1].GetProperty("p95Seconds").GetDouble().Should().Be(21.5);
            root.GetProperty("runs")[0].GetProperty("medianSeconds").GetDouble().Should().Be(90);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
