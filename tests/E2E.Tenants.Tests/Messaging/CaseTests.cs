using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>The coordination case: one per stay in the admitting ward's system, with a timeline, closed at discharge.</summary>
public sealed class CaseTests : MessagingTestBase
{
    private static readonly JsonSerializerOptions StrictFhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Test]
    public async Task SAMSA_case_opens_at_admission_shows_its_timeline_and_closes_at_discharge()
    {
        var from = await Messages.AdmitAsync(Direction.All[2], TestPatients.Bo); // SAMSA→Samvy
        var sent = await Messages.SendAsync(from, Types.Admission);
        var landed = (await Messages.EventuallyInboxAsync(Direction.Samvy, Units.Alingsas, 1)).Single();
        await Messages.MarkAsync(Direction.Samvy, landed.Id, acknowledge: true);
        await Messages.EventuallySenderStateAsync(from, sent, "kvitterad");
        var open = await Samsa.Http.GetFromJsonAsync<JsonElement>($"api/arenden/{from.CaseId}");

        await Messages.SendAsync(from, Types.Discharge);
        var closed = await Samsa.Http.GetFromJsonAsync<JsonElement>($"api/arenden/{from.CaseId}");
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, page) = await web.GetAsync($"arenden/{from.CaseId}");

        open.GetProperty("status").GetString().Should().Be("öppet");
        closed.GetProperty("status").GetString().Should().Be("avslutat");
        closed.GetProperty("utskriven").GetDateTimeOffset().Should().Be(DateTimeOffset.Parse(MessagingClient.DischargeTime, System.Globalization.CultureInfo.InvariantCulture));
        closed.GetProperty("tidslinje").EnumerateArray().Select(m => (m.GetProperty("typKod").GetString(), m.GetProperty("status").GetString()))
            .Should().Equal((Types.Admission, "kvitterad"), (Types.Discharge, "skickad"));
        page.Should().Contain("""<table aria-label="Tidslinje">""").And.Contain(">Inskrivningsmeddelande</a>").And.Contain("<td>Kvitterad</td>")
            .And.Contain("Avslutat").And.Contain(Units.AlingsasName);
    }

    [Test]
    public async Task Samvy_case_is_an_EpisodeOfCare_finished_at_discharge_and_its_messages_read_as_strict_R4()
    {
        var from = await Messages.AdmitAsync(Direction.All[3], TestPatients.Anna); // Samvy→Samvy
        var sip = await Messages.SendAsync(from, Types.Sip);
        var encounter = await ReadAsync<Encounter>($"Encounter/{from.EncounterId}");
        var episodeId = encounter.EpisodeOfCare.Single().Reference!.Split('/')[1];
        var active = await ReadAsync<EpisodeOfCare>($"EpisodeOfCare/{episodeId}");

        await Messages.SendAsync(from, Types.Discharge);
        var finished = await ReadAsync<EpisodeOfCare>($"EpisodeOfCare/{episodeId}");
        var communication = await ReadAsync<Communication>($"Communication/{sip}");
        var search = await ReadAsync<Bundle>($"EpisodeOfCare?patient=Patient/{from.PatientId}");

        active.Status.Should().Be(EpisodeOfCare.EpisodeOfCareStatus.Active);
        active.ManagingOrganization!.Reference.Should().Be($"Organization/{Units.Avd32Nal}");
        finished.Status.Should().Be(EpisodeOfCare.EpisodeOfCareStatus.Finished);
        search.Total.Should().Be(1);
        communication.Category.Single().Coding.Single().Code.Should().Be(Types.Sip);
        communication.Status.Should().Be(EventStatus.Completed);
        communication.GetExtensionValue<FhirString>("https://e2e.vgregion.example/fhir/StructureDefinition/samordningsarende")!.Value
            .Should().Be($"Samvy:{episodeId}");
    }

    [Test]
    public async Task Samvy_message_centre_shows_the_state_and_the_recipient_acknowledges_on_the_message_page()
    {
        var from = await Messages.AdmitAsync(Direction.All[2], TestPatients.Bo); // SAMSA→Samvy
        var sent = await Messages.SendAsync(from, Types.DischargeReady);
        var landed = (await Messages.EventuallyInboxAsync(Direction.Samvy, Units.Alingsas, 1)).Single();
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.AlingsasName);

        var (_, centre) = await web.GetAsync("meddelandecenter");
        var (_, opened) = await web.GetAsync($"meddelanden/{landed.Id}");
        var (_, acknowledged) = await web.PostFormAsync($"meddelanden/{landed.Id}?handler=Kvittera", opened, []);

        centre.Should().Contain(">Utskrivningsklar</a>").And.Contain("<td>Levererad</td>");
        opened.Should().Contain("<dd id=\"status\">Läst</dd>").And.Contain(">Kvittera</button>");
        acknowledged.Should().Contain("Meddelandet är kvitterat");
        (await Messages.EventuallySenderStateAsync(from, sent, "kvitterad")).Should().Be("kvitterad");
    }

    private async Task<T> ReadAsync<T>(string path) where T : Resource
    {
        using var response = await Samvy.Http.GetAsync(path);
        return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), StrictFhir)!;
    }
}
