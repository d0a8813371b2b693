using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Conformance;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Identity;

/// <summary>P07 sammankoppling: linking in one system links in both, and every message and case follows the patient.</summary>
public sealed class IdentityLinkTests : TenantsTestBase
{
    private static readonly TestPatient Real = TestPatients.Bo;
    private ReservePatients Reserve => new(Samsa, Samvy);

    [Test]
    public async Task Linking_in_SAMSA_links_the_patient_in_Samvy_and_messages_and_cases_follow()
    {
        var stay = await Reserve.AdmitInSamsaAsync(ReservePatient.Unknown, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, TestClock.Day(1))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, TestClock.Day(1))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Eventually.UntilAsync(() => Reserve.SamvySubjectsAsync(Units.Alingsas), s => s.Length == 1)).Should().HaveCount(1);

        var link = await Reserve.LinkInSamsaAsync(ReservePatient.Unknown, Real.Personnummer);

        link.GetProperty("omkopplade").EnumerateArray().Select(e => e.GetString()).Should().Equal(ReservePatient.Unknown.Display);
        (await Samsa.InboxAsync(Units.Lerum)).Single().GetProperty("personnummer").GetString().Should().Be(Real.Display);
        var cases = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?enhetHsaId={Units.Avd51Sahlgrenska}");
        cases!.Single().GetProperty("personnummer").GetString().Should().Be(Real.Display);
        var linked = await Eventually.UntilAsync(() => Reserve.SamvyPatientsAsync(SamvyFhir.PersonnummerSystem, Real.Personnummer), p => p.Length == 1);
        var id = linked.Single().GetProperty("id").GetString();
        (await Reserve.SamvySubjectsAsync(Units.Alingsas)).Should().Equal($"Patient/{id}");
        (await Reserve.SamvyPatientsAsync(ReservePatient.Unknown.System, ReservePatient.Unknown.Value))
            .Single().GetProperty("id").GetString().Should().Be(id, "the reserve identity leads to the identified patient");
        var patient = await FhirValidation.ValidAsync<Patient>(await Samvy.Http.GetAsync($"Patient/{id}"));
        patient.Identifier.Should().Contain(i => i.System == ReservePatient.Unknown.System && i.Use == Identifier.IdentifierUse.Old);
    }

    [Test]
    public async Task Linking_in_Samvy_links_the_patient_in_SAMSA_and_a_notice_on_its_way_lands_under_the_personnummer()
    {
        var (patientId, encounterId) = await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);
        using var sent = await Samvy.SendAdmissionNoticeAsync(patientId, encounterId, Units.Avd32Nal, Units.Lerum, TestClock.Day(1));
        sent.StatusCode.Should().Be(HttpStatusCode.Created);

        var patient = await FhirValidation.ValidAsync<Patient>(await Reserve.LinkInSamvyAsync(patientId, Real.Personnummer));

        patient.Id.Should().Be(patientId);
        patient.Identifier.Should().Contain(i => i.System == SamvyFhir.PersonnummerSystem && i.Value == Real.Personnummer && i.Use == Identifier.IdentifierUse.Official);
        patient.Identifier.Should().Contain(i => i.System == ReservePatient.Unknown.System && i.Use == Identifier.IdentifierUse.Old);
        // Whether the notice reached SAMSA before or after the link, it ends up filed under the personnummer.
        var rows = await Reserve.EventuallySamsaInboxAsync(Units.Lerum, 1, r => r.All(p => p == Real.Display));
        rows.Should().Equal(Real.Display);
    }

    [Test]
    public async Task Linking_to_a_personnummer_Samvy_already_knows_merges_the_patients()
    {
        var known = await Samvy.CreatePatientAsync(Real);
        var (reserveId, encounterId) = await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);
        using var sip = await Samvy.PostAsync("CarePlan", new
        {
            resourceType = "CarePlan", status = "active", intent = "plan",
            category = new[] { new { coding = new[] { new { system = "https://e2e.vgregion.example/fhir/CodeSystem/planeringstyp", code = "sip" } } } },
            subject = new { reference = $"Patient/{reserveId}" }, author = new { reference = $"Organization/{Units.Avd32Nal}" },
            encounter = new { reference = $"Encounter/{encounterId}" },
            activity = new[] { new { detail = new { kind = "Appointment", status = "scheduled", scheduledPeriod = new { start = TestClock.At(14, "10:00") }, performer = new[] { new { reference = $"Organization/{Units.Alingsas}" } } } } },
        });
        sip.StatusCode.Should().Be(HttpStatusCode.Created, await sip.Content.ReadAsStringAsync());

        var patient = await FhirValidation.ValidAsync<Patient>(await Reserve.LinkInSamvyAsync(reserveId, Real.Personnummer));

        patient.Id.Should().Be(known);
        (await Samvy.SearchAsync($"CarePlan?patient=Patient/{known}")).Should().ContainSingle("the SIP follows the merged patient")
            .Which.GetProperty("subject").GetProperty("reference").GetString().Should().Be($"Patient/{known}");
        var encounter = await Samvy.Http.GetFromJsonAsync<JsonElement>($"Encounter/{encounterId}");
        encounter.GetProperty("subject").GetProperty("reference").GetString().Should().Be($"Patient/{known}");
        (await Samvy.Http.GetAsync($"Patient/{reserveId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Linking_refuses_a_patient_without_a_reserve_number_and_an_invalid_personnummer()
    {
        var known = await Samvy.CreatePatientAsync(Real);
        var (reserveId, _) = await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);

        using var notReserve = await Reserve.LinkInSamvyAsync(known, TestPatients.Anna.Personnummer);
        using var badPnr = await Reserve.LinkInSamvyAsync(reserveId, "1940");
        using var samsaBad = await Samsa.Http.PostAsJsonAsync("api/patienter/sammankoppling", new { reservnummer = ReservePatient.Unknown.Value, personnummer = "x" });

        notReserve.StatusCode.Should().Be((HttpStatusCode)422);
        (await FhirValidation.ValidAsync<OperationOutcome>(notReserve)).Issue.Single().Diagnostics.Should().Be("Patienten har inget reservnummer att koppla ihop.");
        badPnr.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        samsaBad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await samsaBad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("personnummer")[0].GetString()
            .Should().Be("Personnumret ska skrivas ÅÅÅÅMMDD-NNNN.");
    }

    [Test]
    public async Task Linking_needs_a_token_in_both_systems()
    {
        var (reserveId, _) = await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);
        using var anonymousSamsa = new HttpClient { BaseAddress = Tenants.SamsaUrl };
        using var anonymousSamvy = new HttpClient { BaseAddress = new Uri(Tenants.SamvyUrl, "fhir/") };

        using var samsa = await anonymousSamsa.PostAsJsonAsync("api/patienter/sammankoppling",
            new { reservnummer = ReservePatient.Unknown.Value, personnummer = Real.Personnummer });
        using var samvy = await anonymousSamvy.PostAsync($"Patient/{reserveId}/$sammankoppla", SamvyFhir.Content(new { resourceType = "Parameters" }));

        samsa.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        samvy.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Reserve.SamvyPatientsAsync(ReservePatient.Unknown.System, ReservePatient.Unknown.Value))
            .Single().GetProperty("id").GetString().Should().Be(reserveId, "nothing was linked");
    }
}
