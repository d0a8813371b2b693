using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Organisation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Access;

/// <summary>
/// No user reads another unit's inbox or writes for another unit, in UI and API, in both systems. With fault
/// "las-andra-enheters-inkorg" the read checks are gone: the same requests then succeed.
/// </summary>
public sealed class InboxAccessTests : TenantsTestBase
{
    // A SAMSA unit that neither sent nor received the notice.
    private static readonly CareUnit Boras = UnitCatalogue.HomeCareIn("Borås");

    // Fault: las-andra-enheters-inkorg
    [TestCase(false, HttpStatusCode.Forbidden)]
    [TestCase(true, HttpStatusCode.OK)]
    public async Task SAMSA_API_refuses_another_units_inbox(bool fault, HttpStatusCode expected)
    {
        await SwitchFaultAsync("las-andra-enheters-inkorg", fault);
        await SamsaNoticeToLerumAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/inkorgar/{Units.Lerum}/meddelanden");
        ActingUnitHandler.ActAs(request, Boras.HsaId);

        using var response = await Samsa.Http.SendAsync(request);

        response.StatusCode.Should().Be(expected);
        var body = await response.Content.ReadAsStringAsync();
        if (fault) body.Should().Contain(TestPatients.Anna.Display, "the fault lets Borås read Lerum's notices");
        else body.Should().Contain("Ingen behörighet").And.Contain($"Ditt uppdrag gäller {Boras.DisplayName}").And.NotContain(TestPatients.Anna.Display);
    }

    // Fault: las-andra-enheters-inkorg
    [TestCase(false, HttpStatusCode.Forbidden)]
    [TestCase(true, HttpStatusCode.OK)]
    public async Task SAMSA_UI_refuses_another_units_inbox_and_notice(bool fault, HttpStatusCode expected)
    {
        await SwitchFaultAsync("las-andra-enheters-inkorg", fault);
        var noticeId = await SamsaNoticeToLerumAsync();
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Boras.DisplayName);

        var (inboxStatus, inbox) = await web.GetAsync($"inkorg?enhet={Units.Lerum}");
        var (noticeStatus, notice) = await web.GetAsync($"meddelanden/{noticeId}");

        inboxStatus.Should().Be(expected);
        noticeStatus.Should().Be(expected);
        if (fault)
        {
            inbox.Should().Contain(TestPatients.Anna.Display);
            notice.Should().Contain(TestPatients.Anna.Display);
        }
        else
        {
            inbox.Should().Contain("<h1>Ingen behörighet</h1>").And.Contain("Du har inte behörighet att läsa meddelanden").And.NotContain(TestPatients.Anna.Display);
            notice.Should().Contain("hör till en annan enhet").And.NotContain(TestPatients.Anna.Display);
        }
    }

    // Fault: las-andra-enheters-inkorg
    [TestCase(false, HttpStatusCode.Forbidden)]
    [TestCase(true, HttpStatusCode.OK)]
    public async Task Samvy_FHIR_API_refuses_another_units_messages(bool fault, HttpStatusCode expected)
    {
        await SwitchFaultAsync("las-andra-enheters-inkorg", fault);
        var noticeId = await SamvyNoticeToAlingsasAsync();
        await MoveLerumToSamvyAsync();

        using var search = await AsLerumAsync($"Communication?recipient=Organization/{Units.Alingsas}");
        using var read = await AsLerumAsync($"Communication/{noticeId}");
        using var all = await AsLerumAsync("Communication");

        search.StatusCode.Should().Be(expected);
        read.StatusCode.Should().Be(expected);
        var found = (await all.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("entry", out var entries) ? entries.GetArrayLength() : 0;
        found.Should().Be(fault ? 1 : 0, "a search without recipient shows only the unit's own messages");
        if (!fault) (await read.Content.ReadAsStringAsync()).Should().Contain("OperationOutcome").And.Contain("forbidden").And.Contain("annan enhet");
    }

    // Fault: las-andra-enheters-inkorg
    [TestCase(false, HttpStatusCode.Forbidden)]
    [TestCase(true, HttpStatusCode.OK)]
    public async Task Samvy_UI_refuses_another_units_message_centre_and_message(bool fault, HttpStatusCode expected)
    {
        await SwitchFaultAsync("las-andra-enheters-inkorg", fault);
        var noticeId = await SamvyNoticeToAlingsasAsync();
        await MoveLerumToSamvyAsync();
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.LerumName);

        var (centreStatus, centre) = await web.GetAsync($"meddelandecenter?enhet={Units.Alingsas}");
        var (messageStatus, message) = await web.GetAsync($"meddelanden/{noticeId}");

        centreStatus.Should().Be(expected);
        messageStatus.Should().Be(expected);
        (centre + message).Contains(TestPatients.Bo.Display, StringComparison.Ordinal).Should().Be(fault);
        if (!fault) centre.Should().Contain("Åtkomst nekad").And.Contain($"Ditt uppdrag gäller {Units.LerumName}");
    }

    [Test]
    public async Task Sending_for_another_unit_is_refused_in_both_APIs_even_under_the_fault()
    {
        await SwitchFaultAsync("las-andra-enheters-inkorg");
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        var patient = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        using var samsaRequest = new HttpRequestMessage(HttpMethod.Post, "api/meddelanden/inskrivning")
        {
            Content = JsonContent.Create(new { vardtillfalleId = stay, mottagareHsaId = Units.Lerum, beraknatUtskrivningsdatum = TestClock.Day(1) }),
        };
        ActingUnitHandler.ActAs(samsaRequest, Boras.HsaId);
        using var samvyRequest = new HttpRequestMessage(HttpMethod.Post, "Communication")
        {
            Content = SamvyFhir.Content(SamvyFhir.AdmissionNotice(patient, encounter, Units.Avd32Nal, Units.Alingsas, TestClock.Day(3))),
        };
        ActingUnitHandler.ActAs(samvyRequest, Units.Alingsas);

        using var samsa = await Samsa.Http.SendAsync(samsaRequest);
        using var samvy = await Samvy.Http.SendAsync(samvyRequest);

        samsa.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await samsa.Content.ReadAsStringAsync()).Should().Contain($"Du kan inte skicka meddelanden för enheten {Units.Avd51Sahlgrenska}");
        samvy.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await samvy.Content.ReadAsStringAsync()).Should().Contain($"Du kan inte skicka meddelanden för enheten {Units.Avd32Nal}");
    }


    private async Task<int> SamsaNoticeToLerumAsync()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        using var sent = await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, TestClock.Day(1));
        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<string> SamvyNoticeToAlingsasAsync()
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        using var sent = await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, Units.Alingsas, TestClock.Day(2));
        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // A third Samvy unit, neither sender nor recipient, live in Samvy since yesterday (the reset moves it back to SAMSA).
    private async Task MoveLerumToSamvyAsync() =>
        (await Integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = Units.Lerum, namn = Units.LerumName, typ = "hemsjukvard", kommun = "Lerum", driftsattFran = TestClock.Day(-1) },
        })).EnsureSuccessStatusCode();

    private async Task<HttpResponseMessage> AsLerumAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        ActingUnitHandler.ActAs(request, Units.Lerum);
        return await Samvy.Http.SendAsync(request);
    }
}
