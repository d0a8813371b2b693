using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Conformance;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Sip;

/// <summary>P06 through the user interfaces: calling a SIP in SAMSA's case page and in Samvy's collaboration view.</summary>
public sealed class SipFormTests : SipScenario
{
    [Test]
    public async Task A_SIP_called_on_the_SAMSA_case_page_invites_each_chosen_unit_and_is_listed_on_the_case()
    {
        var (caseId, _) = await AdmitAsync();
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, form) = await web.GetAsync($"arenden/{caseId}/sip");

        var (status, casePage) = await web.PostFormAsync($"arenden/{caseId}/sip", form, Fields(MeetingForm, Units.Lerum, Units.Alingsas));

        form.Should().Contain("""<label for="deltagare">Deltagande enheter</label>""").And.Contain($"""<option value="{Units.Alingsas}">""");
        status.Should().Be(HttpStatusCode.OK);
        casePage.Should().Contain($"<h1>Ärende {caseId}").And.Contain("<td>SAMSA:").And.Contain($"<td>{MeetingShown}</td><td>aktiv</td>");
        (await Samsa.InboxAsync(Units.Lerum)).Should().ContainSingle(m => m.GetProperty("typ").GetString() == "Kallelse till SIP");
        (await Eventually.UntilAsync(() => Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}"), f => f.Length > 0))
            .Should().ContainSingle("Alingsås (Samvy) gets its invitation through the integration");
    }

    [Test]
    public async Task The_SAMSA_SIP_form_says_in_Swedish_what_is_missing_and_names_a_SIP_that_exists_in_Samvy()
    {
        var (caseId, patientId) = await AdmitAsync();
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, form) = await web.GetAsync($"arenden/{caseId}/sip");

        var (_, empty) = await web.PostFormAsync($"arenden/{caseId}/sip", form, Fields(""));
        var plan = await FhirValidation.ValidAsync<CarePlan>(await CallSamvySipAsync(patientId, caseId, Units.Alingsas));
        await Eventually.UntilAsync(() => SamsaSipsAsync(), s => s.Length > 0);
        var (_, second) = await web.PostFormAsync($"arenden/{caseId}/sip", form, Fields(TestClock.FormTime(15, "10:00"), Units.Lerum));

        empty.Should().Contain("Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).").And.Contain("Ange minst en deltagande enhet.")
            .And.Contain("""role="alert">SIP:en kallades inte. Rätta uppgifterna nedan.""");
        second.Should().Contain("""role="alert">SIP:en kallades inte. Det finns redan en SIP för patienten i ärendet, skapad i Samvy""")
            .And.Contain($"(Samvy:{plan.Id}) av {Units.Avd32NalName}");
        (await Samsa.InboxAsync(Units.Lerum)).Should().BeEmpty("no second SIP, so no invitation");
    }

    [Test]
    public async Task A_SIP_called_in_Samvys_collaboration_view_is_a_CarePlan_and_a_second_one_is_stopped_naming_the_first()
    {
        var patientId = await Samvy.CreatePatientAsync(Patient);
        await Samvy.CreateEncounterAsync(patientId, Units.Avd32Nal);
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var (_, view) = await web.GetAsync($"samverkansvy/{patientId}");
        var (_, form) = await web.GetAsync($"samverkansvy/{patientId}/sip");

        var (_, called) = await web.PostFormAsync($"samverkansvy/{patientId}/sip", form, Fields(MeetingForm, Units.Alingsas, Units.Lerum));
        var (_, second) = await web.PostFormAsync($"samverkansvy/{patientId}/sip", form, Fields(TestClock.FormTime(15, "10:00"), Units.Alingsas));

        view.Should().Contain($"""<a href="/samverkansvy/{patientId}/sip">Kalla till SIP</a>""");
        called.Should().Contain("""<p role="status" class="kvitto">SIP:en är kallad.""");
        var plans = await Samvy.SearchAsync($"CarePlan?patient=Patient/{patientId}");
        var plan = plans.Should().ContainSingle().Subject;
        plan.GetProperty("author").GetProperty("reference").GetString().Should().Be($"Organization/{Units.Avd32Nal}");
        second.Should().Contain("""role="alert">SIP:en kallades inte. Det finns redan en SIP för patienten i ärendet, skapad i Samvy""")
            .And.Contain($"Samvy:{plan.GetProperty("id").GetString()}");
        (await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), m => m.Length > 0))
            .Should().ContainSingle("Lerum (SAMSA) is invited once, through the integration");
    }

    [Test]
    public async Task A_Samvy_unit_without_an_encounter_calls_the_SIP_of_the_patients_open_SAMSA_case_and_SAMSA_lists_it()
    {
        var (caseId, patientId) = await AdmitAsync();
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var form = await SipFormOfferingAsync(web, patientId, caseId);

        var (_, called) = await web.PostFormAsync($"samverkansvy/{patientId}/sip", form,
            [new("Arende", $"SAMSA:{caseId}"), .. Fields(MeetingForm, Units.Lerum)]);

        form.Should().Contain($"""<option value="SAMSA:{caseId}">SAMSA-ärende på {Units.Avd51SahlgrenskaName} (SAMSA:{caseId})</option>""");
        called.Should().Contain("""<p role="status" class="kvitto">SIP:en är kallad.""");
        var listed = await Eventually.UntilAsync(() => SamsaSipsAsync(), s => s.Length > 0);
        listed.Should().ContainSingle().Which.GetProperty("arende").GetString().Should().Be($"SAMSA:{caseId}");
    }

    [Test]
    public async Task Samvys_SIP_form_stops_a_second_SIP_for_a_SAMSA_case_naming_the_SAMSA_SIP()
    {
        var (caseId, patientId) = await AdmitAsync();
        var first = await (await CallSamsaSipAsync(caseId, Units.Lerum)).Content.ReadFromJsonAsync<JsonElement>();
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        await Eventually.UntilAsync(() => SamvyChartAsync(patientId), html => html.Contains("<td>SAMSA:", StringComparison.Ordinal));
        var form = await SipFormOfferingAsync(web, patientId, caseId);

        var (_, second) = await web.PostFormAsync($"samverkansvy/{patientId}/sip", form, Fields(TestClock.FormTime(15, "10:00"), Units.Alingsas));

        second.Should().Contain("""role="alert">SIP:en kallades inte. Det finns redan en SIP för patienten i ärendet, skapad i SAMSA""")
            .And.Contain($"({first.GetProperty("referens").GetString()}) av {Units.Avd51SahlgrenskaName}");
        (await Samvy.SearchAsync($"CarePlan?patient=Patient/{patientId}")).Should().BeEmpty("the second SIP was stopped");
    }

    /// <summary>Samvy's SIP form once it offers the SAMSA case: the case reaches Samvy through the integration, so wait for it.</summary>
    private static async Task<string> SipFormOfferingAsync(WebSession web, string patientId, int caseId) =>
        await Eventually.UntilAsync(async () => (await web.GetAsync($"samverkansvy/{patientId}/sip")).Html,
            html => html.Contains($"<option value=\"SAMSA:{caseId}\"", StringComparison.Ordinal));

    private static IEnumerable<KeyValuePair<string, string>> Fields(string meeting, params string[] units) =>
        [new("Motestid", meeting), .. units.Select(u => new KeyValuePair<string, string>("Deltagare", u))];
}
