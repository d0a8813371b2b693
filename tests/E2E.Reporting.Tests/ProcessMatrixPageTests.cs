using System.Text.Json;
using E2E.Reporting.History;
using E2E.Reporting.Matrix;
using FluentAssertions;
using NUnit.Framework;
using static E2E.Reporting.Tests.Support.MatrixScenarios;

namespace E2E.Reporting.Tests;

public class ProcessMatrixPageTests
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private static MatrixHistory.Result RedP04()
    {
        var scenarios = AllGreenP04AndP09();
        scenarios.Add(Scenario("P04", "failed", "Meddelandet kom till <fel> inkorg", name: "Kommunen får meddelandet", directions: "Samvy→SAMSA"));
        return MatrixHistory.Apply(MatrixOf(scenarios, Winter), []);
    }

    [Test]
    public void The_page_is_Swedish_self_contained_and_escapes_what_the_scenarios_say()
    {
        var html = ProcessMatrixPage.Render(RedP04(), s => $"allure-report/index.html#{s.ReportId}", "Releasegrind: UNDERKÄND");

        html.Should().Contain("<html lang=\"sv\">").And.Contain("Releasegrind: UNDERKÄND")
            .And.Contain("röd sedan 2026-12-05 13:00", "times are Swedish time whatever the machine's zone")
            .And.Contain("Kommunen får meddelandet: Meddelandet kom till &lt;fel&gt; inkorg")
            .And.Contain("ej tillämplig").And.Contain("bara SAMSA-ärenden markeras i Samvy")
            .And.NotContain("<script").And.NotContain("http://").And.NotContain("https://");
    }

    [Test]
    public void The_json_names_every_cell_with_state_dates_and_links()
    {
        var json = JsonSerializer.Serialize(ProcessMatrixJson.Shape(RedP04(), s => $"r#{s.Name}"), ProcessMatrixJson.Options);
        using var doc = JsonDocument.Parse(json);

        var p04 = doc.RootElement.GetProperty("processer").EnumerateArray().First();
        p04.GetProperty("id").GetString().Should().Be("P04");
        var red = p04.GetProperty("celler").EnumerateArray().Single(c => c.GetProperty("riktning").GetString() == "Samvy→SAMSA");
        red.GetProperty("status").GetString().Should().Be("röd");
        red.GetProperty("rödSedan").GetDateTimeOffset().Should().Be(Winter);
        red.GetProperty("senastGrön").ValueKind.Should().Be(JsonValueKind.Null);
        red.GetProperty("länkar").EnumerateArray().Select(l => l.GetProperty("href").GetString())
            .Should().Contain("r#Kommunen får meddelandet");
        doc.RootElement.GetProperty("processer").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().Equal("P04", "P09", "P10");
    }
}
