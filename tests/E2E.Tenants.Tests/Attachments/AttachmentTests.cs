using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Messaging;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Attachments;

/// <summary>Files on messages (P08): carried intact in every direction, refused when of a wrong type or too large.</summary>
public sealed class AttachmentTests : MessagingTestBase
{
    private AttachmentClient Files => new(Samsa, Samvy);

    [TestCaseSource(nameof(EveryDirection))]
    public async Task Files_arrive_intact_with_name_type_size_and_hash(Direction direction)
    {
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);

        using var sent = await Files.TrySendAsync(from, TestFile.Pdf, TestFile.Text);
        sent.StatusCode.Should().Be(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());

        var landed = await Files.LandedFilesAsync(direction);
        landed.Should().HaveCount(2);
        foreach (var expected in new[] { TestFile.Pdf, TestFile.Text })
        {
            var file = landed.Should().ContainSingle(f => f.Name == expected.Name).Subject;
            file.ContentType.Should().Be(expected.ContentType);
            file.Size.Should().Be(expected.Content.Length);
            file.Sha256.Should().Be(expected.Sha256, "the receiving system recomputes the hash from what arrived");
            file.ContentSha256.Should().Be(expected.Sha256, "the downloaded content is the file that was sent");
        }
    }

    [TestCase(Direction.Samsa)]
    [TestCase(Direction.Samvy)]
    public async Task A_file_of_a_type_not_allowed_is_refused_naming_the_file_and_the_allowed_types(string system)
    {
        var from = await Messages.AdmitAsync(new Direction(system, system), TestPatients.Anna);
        var program = new TestFile("program.exe", "application/x-msdownload", [0x4d, 0x5a, 0x90]);

        var refusal = await RefusalAsync(system, await Files.TrySendAsync(from, TestFile.Pdf, program));

        refusal.Should().Contain("\"program.exe\"").And.Contain("application/x-msdownload").And.Contain("inte är tillåten")
            .And.Contain("PDF, JPEG, PNG, text, DOCX");
        (await Messages.InboxAsync(system, from.Direction.Recipient)).Should().BeEmpty("nothing is sent when a file is refused");
    }

    [TestCase(Direction.Samsa)]
    [TestCase(Direction.Samvy)]
    public async Task A_file_over_the_size_limit_is_refused_naming_the_file_its_size_and_the_limit(string system)
    {
        var from = await Messages.AdmitAsync(new Direction(system, system), TestPatients.Anna);
        var large = new TestFile("rontgen.png", "image/png", new byte[(10 * 1024 * 1024) + 1]);

        var refusal = await RefusalAsync(system, await Files.TrySendAsync(from, large));

        refusal.Should().Contain("\"rontgen.png\"").And.Contain("10 485 761 byte").And.Contain("högst 10 MB");
        (await Messages.InboxAsync(system, from.Direction.Recipient)).Should().BeEmpty();
    }

    /// <summary>SAMSA: 400 ValidationProblem on field "bilagor"; Samvy: 422 OperationOutcome business-rule.</summary>
    private static async Task<string> RefusalAsync(string system, HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (system == Direction.Samsa)
            {
                response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
                return body.GetProperty("errors").GetProperty("bilagor")[0].GetString()!;
            }
            response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            body.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
            body.GetProperty("issue")[0].GetProperty("code").GetString().Should().Be("business-rule");
            return body.GetProperty("issue")[0].GetProperty("diagnostics").GetString()!;
        }
    }
}
