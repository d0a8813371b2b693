using E2E.Tenants.Tests.Messaging;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Attachments;

/// <summary>A person in Samvy attaches files in the collaboration view (P08): same policy and route as the FHIR API.</summary>
public sealed class SamverkansvyAttachmentTests : MessagingTestBase
{
    private AttachmentClient Files => new(Samsa, Samvy);

    [TestCase(Direction.Samsa)]
    [TestCase(Direction.Samvy)]
    public async Task Files_attached_in_the_view_arrive_intact(string to)
    {
        var direction = new Direction(Direction.Samvy, to);
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);
        using var web = await ViewAsync();

        var (_, sent) = await SendAsync(web, from, direction, TestFile.Pdf, TestFile.Text);

        sent.Should().Contain("har skickats").And.NotContain("""aria-invalid="true" """);
        var landed = await Files.LandedFilesAsync(direction);
        landed.Select(f => (f.Name, f.ContentType, f.Size, f.Sha256, f.ContentSha256)).Should().BeEquivalentTo(
            new[] { TestFile.Pdf, TestFile.Text }.Select(f => (f.Name, f.ContentType, (long)f.Content.Length, f.Sha256, f.Sha256)));
    }

    [Test]
    public async Task A_forbidden_type_and_an_oversized_file_are_refused_at_the_field_and_nothing_is_sent()
    {
        var direction = new Direction(Direction.Samvy, Direction.Samvy);
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);
        using var web = await ViewAsync();

        var (_, wrongType) = await SendAsync(web, from, direction, new TestFile("program.exe", "application/x-msdownload", [0x4d, 0x5a]));
        var (_, tooLarge) = await SendAsync(web, from, direction, new TestFile("rontgen.png", "image/png", new byte[(10 * 1024 * 1024) + 1]));

        wrongType.Should().Contain("Bilagan \"program.exe\" har filtypen application/x-msdownload, som inte är tillåten. Tillåtna filtyper: PDF, JPEG, PNG, text, DOCX.")
            .And.Contain("""id="bilagor" name="Bilagor" type="file" multiple""").And.NotContain("har skickats");
        tooLarge.Should().Contain("Bilagan \"rontgen.png\" är 10 MB (10 485 761 byte) och får vara högst 10 MB (10 485 760 byte).").And.NotContain("har skickats");
        (await Messages.InboxAsync(Direction.Samvy, direction.Recipient)).Should().BeEmpty("nothing is sent when a file is refused");
    }

    private async Task<WebSession> ViewAsync()
    {
        var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        return web;
    }

    private static async Task<(System.Net.HttpStatusCode, string)> SendAsync(WebSession web, Admitted from, Direction direction, params TestFile[] files)
    {
        var (_, view) = await web.GetAsync($"samverkansvy/{from.PatientId}");
        var recipient = direction.To == Direction.Samsa ? Units.LerumName : Units.AlingsasName;
        return await web.PostMultipartAsync($"samverkansvy/{from.PatientId}", view,
            new() { ["Typ"] = Types.Admission, ["Mottagare"] = recipient, ["Datum"] = MessagingClient.Estimate }, "Bilagor",
            [.. files.Select(f => (f.Name, f.ContentType, f.Content))]);
    }
}
