using E2E.Reporting.RunFiles;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class PropertiesTextTests
{
    [Test]
    public void Keys_and_values_are_escaped_as_java_properties()
    {
        var text = PropertiesText.Format(new Dictionary<string, string>
        {
            ["Miljö"] = "local",
            ["Regel set"] = "standard = 3 dagar",
            ["a:b#c"] = @"C:\tenants" + "\nrad två",
            ["blank"] = " inledande mellanslag",
        });

        text.Should().Be(
            "Miljö=local\n" +
            @"Regel\ set=standard = 3 dagar" + "\n" +
            @"a\:b\#c=C:\\tenants\nrad två" + "\n" +
            @"blank=\ inledande mellanslag" + "\n");
    }

    [Test]
    public void Environment_file_is_written_without_byte_order_mark()
    {
        using var directory = new TempDirectory();
        var path = AllureRunFiles.WriteEnvironment(directory.Path, new Dictionary<string, string> { ["Miljö"] = "Västra Götaland" });

        File.ReadAllBytes(path).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        File.ReadAllText(path).Should().Be("Miljö=Västra Götaland\n");
    }
}
