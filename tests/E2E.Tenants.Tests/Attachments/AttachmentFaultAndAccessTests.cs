using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Messaging;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using static E2E.Tenants.Tests.Conformance.FhirValidation;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Attachments;

/// <summary>The fault tappa-bilagor, who may download a file, and Firely validation of DocumentReference and Binary.</summary>
public sealed class AttachmentFaultAndAccessTests : MessagingTestBase
{
    private AttachmentClient Files => new(Samsa, Samvy);

    public static IEnumerable<TestCaseData> CrossingDirectionsWithFaultOnAndOff() =>
        from d in Direction.All where d.Crosses from faultOn in new[] { true, false }
        select new TestCaseData(d, faultOn).SetArgDisplayNames(d.ToString(), faultOn ? "fel på" : "fel av");

    // Fault: tappa-bilagor
    [TestCaseSource(nameof(CrossingDirectionsWithFaultOnAndOff))]
    public async Task Files_vanish_across_systems_only_with_the_fault_while_the_message_still_arrives(Direction direction, bool faultOn)
    {
        if (faultOn)
        {
            await SwitchFaultAsync("tappa-bilagor");
        }
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);

        using var sent = await Files.TrySendAsync(from, TestFile.Pdf);
        sent.StatusCode.Should().Be(HttpStatusCode.Created);

        var landed = await Files.LandedFilesAsync(direction); // the message itself always arrives
        landed.Select(f => f.Sha256).Should().Equal(faultOn ? [] : [TestFile.Pdf.Sha256]);
    }

    [Test]
    public async Task Only_the_receiving_unit_not_another_may_download_a_file_that_arrived_in_SAMSA()
    {
        var from = await Messages.AdmitAsync(new Direction(Direction.Samvy, Direction.Samsa), TestPatients.Anna);
        (await Files.TrySendAsync(from, TestFile.Text)).Dispose();
        var message = (await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), r => r.Length > 0)).Single();
        var path = $"api/meddelanden/{message.GetProperty("id")}/bilagor/{message.GetProperty("bilagor")[0].GetProperty("id")}";

        (await StatusAsync(Samsa.Http, path, Units.Lerum)).Should().Be(HttpStatusCode.OK, "the recipient may");
        (await StatusAsync(Samsa.Http, path, Units.Avd51Sahlgrenska)).Should().Be(HttpStatusCode.Forbidden, "another SAMSA unit may not");
    }

    [Test]
    public async Task Only_the_receiving_unit_not_another_may_read_a_file_that_arrived_in_Samvy()
    {
        var from = await Messages.AdmitAsync(new Direction(Direction.Samsa, Direction.Samvy), TestPatients.Anna);
        (await Files.TrySendAsync(from, TestFile.Text)).Dispose();
        var landed = await Eventually.UntilAsync(() => Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}"), r => r.Length > 0);
        var document = landed.Single().GetProperty("payload")[0].GetProperty("contentReference").GetProperty("reference").GetString()!["DocumentReference/".Length..];

        foreach (var path in new[] { $"DocumentReference/{document}", $"Binary/{document}" })
        {
            (await StatusAsync(Samvy.Http, path, Units.Alingsas)).Should().Be(HttpStatusCode.OK, $"the recipient may read {path}");
            (await StatusAsync(Samvy.Http, path, Units.Avd32Nal)).Should().Be(HttpStatusCode.Forbidden, $"another Samvy unit may not read {path}");
        }
    }

    [Test]
    public async Task DocumentReference_and_Binary_pass_Firely_validation()
    {
        var document = await SamvyDocumentIdAsync(); // read below as the sending unit (Avdelning 32), which may

        var reference = await ValidAsync<DocumentReference>(await Samvy.Http.GetAsync($"DocumentReference/{document}"));
        var binary = await ValidAsync<Binary>(await Samvy.Http.GetAsync($"Binary/{document}"));

        reference.Content.Single().Attachment.Title.Should().Be(TestFile.Pdf.Name);
        reference.Content.Single().Attachment.SizeUnsignedInt.Should().Be(TestFile.Pdf.Content.Length);
        binary.ContentType.Should().Be(TestFile.Pdf.ContentType);
        binary.Data.Should().Equal(TestFile.Pdf.Content);
    }

    /// <summary>Avdelning 32 sends Alingsås (both Samvy) a PDF; returns its DocumentReference id.</summary>
    private async Task<string> SamvyDocumentIdAsync()
    {
        var from = await Messages.AdmitAsync(new Direction(Direction.Samvy, Direction.Samvy), TestPatients.Anna);
        using var sent = await Files.TrySendAsync(from, TestFile.Pdf);
        var communication = await sent.Content.ReadFromJsonAsync<JsonElement>();
        var reference = communication.GetProperty("payload")[0].GetProperty("contentReference").GetProperty("reference").GetString()!;
        return reference["DocumentReference/".Length..];
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path, string actingUnit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        ActingUnitHandler.ActAs(request, actingUnit);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
