using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Conformance;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Sip;

/// <summary>P06, rule 4: a SIP lives in the calling unit's system, the other system sees it and refuses a second one.</summary>
public sealed class SipTests : SipScenario
{
    [Test]
    public async Task A_SAMSA_SIP_invites_every_participant_and_is_listed_on_the_case()
    {
        var (caseId, _) = await AdmitAsync();

        using var response = await CallSamsaSipAsync(caseId, Units.Lerum, Units.Alingsas);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sip = await response.Content.ReadFromJsonAsync<JsonElement>();
        sip.GetProperty("system").GetString().Should().Be("SAMSA");
        (await Samsa.InboxAsync(Units.Lerum)).Should().ContainSingle(m => m.GetProperty("typ").GetString() == "Kallelse till SIP");
        var samvyInbox = await Eventually.UntilAsync(() => Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}"), f => f.Length > 0);
        samvyInbox.Should().ContainSingle(c => c.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString() == "kallelse-sip");
        (await SamsaSipsAsync()).Select(s => s.GetProperty("referens").GetString()).Should().Equal(sip.GetProperty("referens").GetString());
    }

    [Test]
    public async Task A_Samvy_SIP_is_a_valid_CarePlan_and_SAMSA_shows_a_reference_to_it()
    {
        var (caseId, patientId) = await AdmitAsync();

        var plan = await FhirValidation.ValidAsync<CarePlan>(await CallSamvySipAsync(patientId, caseId, Units.Alingsas, Units.Lerum));

        plan.Status.Should().Be(RequestStatus.Active);
        plan.Activity[0].Detail!.Performer.Select(p => p.Display).Should().Equal(Units.AlingsasName, Units.LerumName);
        await FhirValidation.ValidAsync<CarePlan>(await Samvy.Http.GetAsync($"CarePlan/{plan.Id}"));
        var listed = await Eventually.UntilAsync(() => SamsaSipsAsync(), s => s.Length > 0);
        listed.Should().ContainSingle().Which.GetProperty("referens").GetString().Should().Be($"Samvy:{plan.Id}");
        (await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), m => m.Length > 0)).Should().ContainSingle();
    }

    [Test]
    public async Task SAMSA_refuses_a_second_SIP_for_a_case_that_has_one_in_Samvy_naming_it()
    {
        var (caseId, patientId) = await AdmitAsync();
        var plan = await FhirValidation.ValidAsync<CarePlan>(await CallSamvySipAsync(patientId, caseId, Units.Alingsas));
        await Eventually.UntilAsync(() => SamsaSipsAsync(), s => s.Length > 0);

        using var second = await CallSamsaSipAsync(caseId, Units.Lerum);

        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().Should().Be("SIP finns redan");
        problem.GetProperty("detail").GetString().Should().Contain($"Samvy (Samvy:{plan.Id})").And.Contain(Units.Avd32NalName);
    }

    // Fault: tillat-dubbla-sip
    [TestCase(false)]
    [TestCase(true)]
    public async Task Samvy_refuses_a_second_SIP_for_a_case_that_has_one_in_SAMSA_unless_the_fault_allows_it(bool faultOn)
    {
        if (faultOn)
        {
            await SwitchFaultAsync("tillat-dubbla-sip");
        }
        var (caseId, patientId) = await AdmitAsync();
        var first = await (await CallSamsaSipAsync(caseId, Units.Lerum)).Content.ReadFromJsonAsync<JsonElement>();
        var reference = first.GetProperty("referens").GetString()!;
        (await Eventually.UntilAsync(() => SamvyChartAsync(patientId), html => html.Contains($"<td>{reference}</td>", StringComparison.Ordinal)))
            .Should().Contain($"<td>{reference}</td>", "Samvy's chart shows the SAMSA SIP");

        using var second = await CallSamvySipAsync(patientId, caseId, Units.Alingsas);

        if (faultOn)
        {
            second.StatusCode.Should().Be(HttpStatusCode.Created, "the fault lets a second SIP start in Samvy");
            return;
        }
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var outcome = await FhirValidation.ValidAsync<OperationOutcome>(second);
        outcome.Issue[0].Diagnostics.Should().Contain($"SAMSA ({reference})").And.Contain(Units.Avd51SahlgrenskaName);
    }

    [Test]
    public async Task Only_the_calling_unit_may_call_a_SIP_on_its_case()
    {
        var (caseId, _) = await AdmitAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/arenden/{caseId}/sip") { Content = JsonContent.Create(new { motestid = Meeting, deltagare = new[] { Units.Lerum } }) };
        ActingUnitHandler.ActAs(request, Units.Lerum);

        using var response = await Samsa.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_SIP_without_meeting_time_or_participants_is_refused_in_Swedish()
    {
        var (caseId, _) = await AdmitAsync();

        using var response = await Samsa.Http.PostAsJsonAsync($"api/arenden/{caseId}/sip", new { motestid = "i morgon", deltagare = Array.Empty<string>() });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("motestid")[0].GetString().Should().Be("Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).");
        errors.GetProperty("deltagare")[0].GetString().Should().Be("Ange minst en deltagande enhet.");
    }

}
