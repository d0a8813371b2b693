using System.Text.Json;
using System.Text.RegularExpressions;
using E2E.Reporting.RunFiles;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class AllureRunFilesTests
{
    [Test]
    public void Executor_names_the_report_in_swedish()
    {
        using var directory = new TempDirectory();
        var json = JsonDocument.Parse(File.ReadAllBytes(AllureRunFiles.WriteExecutor(directory.Path, "GitLab CI", "gitlab", "bygge 42"))).RootElement;

        json.GetProperty("reportName").GetString().Should().Be("E2E samverkan SAMSA–Samvy");
        json.GetProperty("buildName").GetString().Should().Be("bygge 42");
        json.GetProperty("type").GetString().Should().Be("gitlab");
    }

    [TestCase("Steget saknar stegdefinition: Givet att x", "broken", "Saknad stegdefinition")]
    [TestCase("MILJÖFEL: Samvy i miljön local svarade inte (https://samvy.test/): anslutningen nekades", "broken", "Miljöfel")]
    [TestCase("En annan enhets inkorg nås inte från menyn, men sidan visade den", "failed", "Produktfel")]
    [TestCase("Meddelandet saknas i inkorgen", "failed", "Produktfel")]
    [TestCase("NullReferenceException i drivern", "broken", "Testfel")]
    public void Each_message_lands_in_exactly_one_category(string message, string status, string expected)
    {
        using var directory = new TempDirectory();
        var categories = JsonDocument.Parse(File.ReadAllBytes(AllureRunFiles.WriteCategories(directory.Path))).RootElement.EnumerateArray();

        // Allure 2 matches the whole message, Allure 3 searches it: our regexes must agree under both.
        var matching = categories.Where(c =>
            c.GetProperty("matchedStatuses").EnumerateArray().Any(s => s.GetString() == status)
            && Regex.IsMatch(message, $"^(?:{c.GetProperty("messageRegex").GetString()})$")).Select(c => c.GetProperty("name").GetString());

        matching.Should().Equal(expected);
    }
}
