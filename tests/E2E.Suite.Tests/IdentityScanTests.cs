using E2E.TestData;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>The audit's scanner must be able to fail: a number outside the lists is reported with where it was.</summary>
public sealed class IdentityScanTests
{
    private const string NotATestIdentity = "19800101-1236";

    [Test]
    public void A_number_outside_Skatteverkets_lists_is_reported_and_list_numbers_are_not()
    {
        TestIdentities.IsTestIdentity(NotATestIdentity).Should().BeFalse("the test needs a number off the lists");
        var onList = TestIdentities.Personnummer[0];
        var text = $$"""{"name":"Patient {{onList}}","message":"saknar meddelandet för patient {{NotATestIdentity}}"}""";

        var offList = IdentityScan.NotOnLists(IdentityScan.InText(text, "x-result.json"));

        offList.Should().Equal(new IdentityScan.Finding("198001011236", "x-result.json"));
    }

    [Test]
    public void Result_directories_are_scanned_including_attachments_but_not_binary_files()
    {
        var dir = Directory.CreateTempSubdirectory("e2e-scan-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a-attachment.html"), $"<td>{NotATestIdentity}</td>");
            File.WriteAllText(Path.Combine(dir, "b-attachment.png"), NotATestIdentity);

            IdentityScan.NotOnLists(IdentityScan.InDirectory(dir)).Select(f => f.Where).Should().Equal("a-attachment.html");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Zipped_traces_are_opened_and_their_text_entries_scanned()
    {
        var dir = Directory.CreateTempSubdirectory("e2e-scan-").FullName;
        try
        {
            using (var zip = System.IO.Compression.ZipFile.Open(Path.Combine(dir, "c-attachment.zip"), System.IO.Compression.ZipArchiveMode.Create))
            {
                using (var writer = new StreamWriter(zip.CreateEntry("trace.trace").Open()))
                    writer.Write($$"""{"type":"frame-snapshot","html":"<td>{{NotATestIdentity}}</td>"}""");
                using (var image = zip.CreateEntry("resources/shot.jpeg").Open())
                    image.Write([0xFF, 0xD8, 0x00, .. System.Text.Encoding.ASCII.GetBytes(NotATestIdentity)]);
            }

            IdentityScan.NotOnLists(IdentityScan.InDirectory(dir)).Select(f => f.Where)
                .Should().Equal("c-attachment.zip/trace.trace");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
