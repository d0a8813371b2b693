using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Conformance;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Decommissioning;

/// <summary>P13: before SAMSA shuts down, every open case and active SIP is listed, and carried over to Samvy or closed.</summary>
public sealed class CarryOverTests : DecommissionScenario
{
    [Test]
    public async Task Every_open_case_and_active_SIP_in_SAMSA_is_listed_when_the_decommissioning_begins()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);

        var status = await BeginAsync();

        status.GetProperty("lage").GetString().Should().Be("avveckling");
        References(status, "aktivaArenden").Should().HaveCount(2).And.Contain($"SAMSA:{caseId}");
        status.GetProperty("aktivaArenden").EnumerateArray().Select(a => a.GetProperty("personnummer").GetString())
            .Should().BeEquivalentTo([Patient.Display, TestPatients.Bo.Display], "Bo's case is listed too");
        var sip = status.GetProperty("aktivaSipar").EnumerateArray().Should().ContainSingle().Subject;
        sip.GetProperty("referens").GetString().Should().Be($"SAMSA:{sipId}");
        sip.GetProperty("arende").GetString().Should().Be($"SAMSA:{caseId}");
        sip.GetProperty("kallande").GetString().Should().Be(Units.Avd51SahlgrenskaName);
        sip.GetProperty("deltagare").EnumerateArray().Select(d => d.GetString()).Should().Equal(Units.Lerum, Units.Alingsas);
    }

    [Test]
    public async Task A_carried_over_SIP_is_a_valid_CarePlan_in_Samvy_that_points_back_and_SAMSA_points_to_it()
    {
        var (_, patientId, sipId) = await AdmitWithSipAsync();
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);
        await BeginAsync();

        using var asked = await StepAsync($"sipar/{sipId}/overfor");

        asked.StatusCode.Should().Be(HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        var target = await CarriedOverToAsync("sip", $"SAMSA:{sipId}");
        target.Should().StartWith("Samvy:");
        using var read = new HttpRequestMessage(HttpMethod.Get, $"CarePlan/{target["Samvy:".Length..]}");
        ActingUnitHandler.ActAs(read, Units.Alingsas);
        var plan = await FhirValidation.ValidAsync<CarePlan>(await Samvy.Http.SendAsync(read));
        plan.Status.Should().Be(RequestStatus.Active);
        plan.Author!.Reference.Should().Be($"Organization/{Units.Avd51Sahlgrenska}");
        plan.Activity[0].Detail!.Performer.Select(p => p.Display).Should().Equal(Units.LerumName, Units.AlingsasName);
        plan.Activity[0].Detail!.Scheduled.Should().BeOfType<Period>().Which.StartElement!.ToDateTimeOffset(TimeSpan.Zero)
            .Should().Be(DateTimeOffset.Parse(Meeting));
        plan.GetExtensionValue<FhirString>("https://e2e.vgregion.example/fhir/StructureDefinition/overford-fran-samsa").Value.Should().Be($"SAMSA:{sipId}");
        (await SamvyCarePlansAsync(patientId)).Should().ContainSingle("the SIP exists once in Samvy");
        var inSamsa = await SamsaSipsAsLerumAsync();
        var old = inSamsa.Single(s => s.GetProperty("referens").GetString() == $"SAMSA:{sipId}");
        old.GetProperty("status").GetString().Should().Be("overford");
        old.GetProperty("overfordTill").GetString().Should().Be(target);
        References(await StatusAsync(), "aktivaSipar").Should().BeEmpty();
    }

    [Test]
    public async Task A_carried_over_case_goes_on_in_Samvy_on_the_same_ward_and_the_ongoing_case_flag_goes()
    {
        var (caseId, patientId, _) = await AdmitWithSipAsync();
        (await Eventually.UntilAsync(() => Samvy.SearchAsync($"Flag?patient=Patient/{patientId}"), f => f.Length > 0))
            .Should().ContainSingle("SAMSA's open case shows in Samvy");
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);
        await BeginAsync();

        using var asked = await StepAsync($"arenden/{caseId}/overfor");

        asked.StatusCode.Should().Be(HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        var target = await CarriedOverToAsync("arende", $"SAMSA:{caseId}");
        var episode = await FhirValidation.ValidAsync<EpisodeOfCare>(await Samvy.Http.GetAsync($"EpisodeOfCare/{target["Samvy:".Length..]}"));
        episode.Status.Should().Be(EpisodeOfCare.EpisodeOfCareStatus.Active);
        episode.ManagingOrganization!.Reference.Should().Be($"Organization/{Units.Avd51Sahlgrenska}");
        episode.Patient.Reference.Should().Be($"Patient/{patientId}");
        episode.GetExtensionValue<FhirString>("https://e2e.vgregion.example/fhir/StructureDefinition/overford-fran-samsa").Value.Should().Be($"SAMSA:{caseId}");
        (await Eventually.UntilAsync(() => Samvy.SearchAsync($"Flag?patient=Patient/{patientId}"), f => f.Length == 0))
            .Should().BeEmpty("the case no longer goes on in SAMSA");
        References(await StatusAsync(), "aktivaArenden").Should().BeEmpty();
    }

    [TestCase(true, TestName = "Samvy_refuses_a_second_SIP_for_a_case_and_SIP_it_took_over_from_SAMSA")]
    [TestCase(false, TestName = "Samvy_refuses_a_SIP_on_a_case_it_took_over_while_its_SAMSA_SIP_is_still_active")]
    public async Task Samvy_refuses_a_second_SIP_on_a_case_it_took_over_whichever_name_the_case_is_given(bool sipCarriedOver)
    {
        var (caseId, patientId, sipId) = await AdmitWithSipAsync();
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);
        await BeginAsync();
        var existing = $"SAMSA (SAMSA:{sipId})";
        if (sipCarriedOver)
        {
            (await StepAsync($"sipar/{sipId}/overfor")).EnsureSuccessStatusCode();
            existing = $"Samvy ({await CarriedOverToAsync("sip", $"SAMSA:{sipId}")})";
        }
        (await StepAsync($"arenden/{caseId}/overfor")).EnsureSuccessStatusCode();
        var samvyCase = await CarriedOverToAsync("arende", $"SAMSA:{caseId}");

        using var byOldCase = await CallSamvySipAsync(patientId, caseId, Units.Alingsas);
        using var byNewCase = await CallSamvySipAsync(patientId, samvyCase, Units.Alingsas);

        foreach (var refused in new[] { byOldCase, byNewCase })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
            (await FhirValidation.ValidAsync<OperationOutcome>(refused)).Issue[0].Diagnostics.Should().Contain(existing);
        }
    }

    [Test]
    public async Task A_case_carried_over_during_a_Samvy_outage_stays_active_until_Samvy_takes_it_over_once()
    {
        var (caseId, patientId, sipId) = await AdmitWithSipAsync();
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);
        await BeginAsync();
        (await StepAsync($"sipar/{sipId}/avsluta")).EnsureSuccessStatusCode();
        await Tenants.StopAppAsync(SimulatedApp.Samvy);
        try
        {
            (await StepAsync($"arenden/{caseId}/overfor")).StatusCode.Should().Be(HttpStatusCode.Accepted);

            using var close = await StepAsync($"arenden/{caseId}/avsluta");
            using var readOnly = await StepAsync("skrivskydda");

            close.StatusCode.Should().Be(HttpStatusCode.Conflict);
            (await close.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Be("Överföring pågår");
            readOnly.StatusCode.Should().Be(HttpStatusCode.Conflict, "the case is not in Samvy yet");
            var pending = (await StatusAsync()).GetProperty("aktivaArenden").EnumerateArray().Should().ContainSingle().Subject;
            pending.GetProperty("overforingBegard").ValueKind.Should().Be(JsonValueKind.String);
        }
        finally
        {
            await Tenants.StartAppAsync(SimulatedApp.Samvy);
        }

        var target = await CarriedOverToAsync("arende", $"SAMSA:{caseId}");
        (await StepAsync("skrivskydda")).StatusCode.Should().Be(HttpStatusCode.OK);
        var episodes = await Samvy.SearchAsync($"EpisodeOfCare?patient=Patient/{patientId}");
        episodes.Where(e => Extension(e, "overford-fran-samsa") == $"SAMSA:{caseId}").Should().ContainSingle()
            .Which.GetProperty("id").GetString().Should().Be(target["Samvy:".Length..]);
    }

    [Test]
    public async Task A_SIP_or_case_can_be_closed_instead_and_Samvy_sees_the_SIP_closed()
    {
        var (caseId, patientId, sipId) = await AdmitWithSipAsync();
        (await Eventually.UntilAsync(() => Samvy.SearchAsync($"Flag?patient=Patient/{patientId}"), f => f.Length > 0)).Should().ContainSingle();
        (await Eventually.UntilAsync(() => SamvyChartAsync(patientId), html => html.Contains($"<td>SAMSA:{sipId}</td>", StringComparison.Ordinal)))
            .Should().Contain($"<td>SAMSA:{sipId}</td>", "Samvy knows the SIP before it is closed");
        await BeginAsync();

        using var sipClosed = await StepAsync($"sipar/{sipId}/avsluta");
        using var caseClosed = await StepAsync($"arenden/{caseId}/avsluta");

        sipClosed.StatusCode.Should().Be(HttpStatusCode.OK, await sipClosed.Content.ReadAsStringAsync());
        caseClosed.StatusCode.Should().Be(HttpStatusCode.OK, await caseClosed.Content.ReadAsStringAsync());
        var status = await StatusAsync();
        References(status, "aktivaSipar").Should().BeEmpty();
        References(status, "aktivaArenden").Should().BeEmpty();
        (await SamsaSipsAsLerumAsync()).Should().ContainSingle().Which.GetProperty("status").GetString().Should().Be("avslutad");
        (await Eventually.UntilAsync(() => Samvy.SearchAsync($"Flag?patient=Patient/{patientId}"), f => f.Length == 0)).Should().BeEmpty();
        var closedRow = $"<td>SAMSA:{sipId}</td><td>SAMSA</td><td>{Units.Avd51SahlgrenskaName}</td><td>{MeetingShown}</td><td>avslutad</td>";
        (await Eventually.UntilAsync(() => SamvyChartAsync(patientId), html => html.Contains(closedRow, StringComparison.Ordinal)))
            .Should().Contain(closedRow, "Samvy's chart shows the SIP closed");
        (await SamvyCarePlansAsync(patientId)).Should().BeEmpty("a closed SIP is not carried over");
    }

    [Test]
    public async Task What_belongs_to_a_unit_still_working_in_SAMSA_is_not_carried_over_and_the_refusal_says_why()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        await BeginAsync();

        foreach (var path in new[] { $"sipar/{sipId}/overfor", $"arenden/{caseId}/overfor" })
        {
            using var refused = await StepAsync(path);

            refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
                .Should().Contain($"{Units.Avd51SahlgrenskaName}, som inte arbetar i Samvy i dag");
        }
        References(await StatusAsync(), "aktivaSipar").Should().Equal($"SAMSA:{sipId}");
    }

    [Test]
    public async Task Nothing_is_carried_over_before_the_decommissioning_begins()
    {
        var (_, _, sipId) = await AdmitWithSipAsync();
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);

        using var refused = await StepAsync($"sipar/{sipId}/overfor");

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Be("Avvecklingen har inte börjat");
        (await StatusAsync()).GetProperty("lage").GetString().Should().Be("i drift");
    }
}
