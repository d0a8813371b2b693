using System.Xml.Linq;
using E2E.Reporting.Processes;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

/// <summary>The JUnit file CI servers read: one suite per process, process and directions on every test case.</summary>
public sealed class JUnitReportTests
{
    private static readonly ProcessCatalog Catalog = new(
        [new("P04", "Inskrivningsmeddelande", []), new("P11", "Driftsstörning i Samvy", [])], ["SAMSA→Samvy", "Samvy→SAMSA"]);

    [Test]
    public void Each_process_is_a_suite_and_each_scenario_a_case_with_its_process_and_directions()
    {
        using var results = new TempDirectory();
        Write(results, "a", "Meddelandet når kommunen [Samvy, SAMSA]", "passed", "P04", ["Samvy→SAMSA"], 1000, 3500);
        Write(results, "b", "Meddelandet kommer fram en gång", "failed", "P04", ["SAMSA→Samvy", "Samvy→SAMSA"], 4000, 5000,
            "Inkorgen visar inskrivningsmeddelandet 2 gånger");
        Write(results, "c", "Reservrutinen bär meddelandet", "broken", "P11", ["Samvy→SAMSA"], 0, 250, "MILJÖFEL: Samvy svarade inte");
        var file = Path.Combine(results.Path, "junit.xml");

        JUnitReport.Write(results.Path, file, Catalog);

        File.ReadAllBytes(file).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "CI parsers and Allure dislike a byte-order mark");
        var root = XDocument.Load(file).Root!;
        root.Attribute("tests")!.Value.Should().Be("3");
        root.Attribute("failures")!.Value.Should().Be("1");
        root.Attribute("errors")!.Value.Should().Be("1");
        root.Elements("testsuite").Select(s => s.Attribute("name")!.Value).Should().Equal("P04 Inskrivningsmeddelande", "P11 Driftsstörning i Samvy");

        var failed = root.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "Meddelandet kommer fram en gång");
        failed.Attribute("time")!.Value.Should().Be("1.000");
        failed.Element("failure")!.Attribute("message")!.Value.Should().Contain("2 gånger");
        failed.Descendants("property").Select(p => (p.Attribute("name")!.Value, p.Attribute("value")!.Value))
            .Should().BeEquivalentTo([("process", "P04"), ("riktning", "SAMSA→Samvy"), ("riktning", "Samvy→SAMSA")]);
        root.Descendants("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("Reservrutinen")).Element("error")
            .Should().NotBeNull("a scenario that could not finish is an error, not a failed check");
        root.Descendants("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("Meddelandet når")).Elements()
            .Select(e => e.Name.LocalName).Should().Equal("properties");
    }

    private static void Write(TempDirectory results, string id, string name, string status, string process, string[] directions,
        long start, long stop, string? message = null)
    {
        var labels = new[] { $$"""{"name":"process","value":"{{process}}"}""", """{"name":"suite","value":"Inskrivning"}""" }
            .Concat(directions.Select(d => $$"""{"name":"riktning","value":"{{d}}"}"""));
        var details = message is null ? "" : $$""","statusDetails":{"message":"{{message}}","trace":"steg"}""";
        File.WriteAllText(Path.Combine(results.Path, $"{id}-result.json"),
            $$"""{"uuid":"{{id}}","name":"{{name}}","fullName":"f: {{name}}","status":"{{status}}","start":{{start}},"stop":{{stop}},"labels":[{{string.Join(",", labels)}}]{{details}}}""");
    }
}
