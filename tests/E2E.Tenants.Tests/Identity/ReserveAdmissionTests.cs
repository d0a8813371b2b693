using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Conformance;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Identity;

/// <summary>P07: admitting a patient under a reserve number (issuer OID + value) in SAMSA and in Samvy.</summary>
public sealed class ReserveAdmissionTests : TenantsTestBase
{
    private ReservePatients Reserve => new(Samsa, Samvy);

    [Test]
    public async Task SAMSA_admits_a_reserve_number_patient_and_shows_the_number_with_its_issuer()
    {
        var stay = await Reserve.AdmitInSamsaAsync(ReservePatient.Unknown, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, TestClock.Day(1))).StatusCode.Should().Be(HttpStatusCode.Created);

        var inbox = await Samsa.InboxAsync(Units.Lerum);
        inbox.Single().GetProperty("personnummer").GetString().Should().Be(ReservePatient.Unknown.Display);
        var cases = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?enhetHsaId={Units.Avd51Sahlgrenska}");
        cases!.Single().GetProperty("personnummer").GetString().Should().Be(ReservePatient.Unknown.Display);
    }

    [Test]
    public async Task SAMSA_refuses_a_VGR_reserve_number_with_a_wrong_check_digit()
    {
        using var response = await Samsa.Http.PostAsJsonAsync("api/patienter", new { reservnummer = "19810829M072", fornamn = "Okänd", efternamn = "Man" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("reservnummer")[0].GetString().Should().Contain("Kontrollsiffran");
    }

    [Test]
    public async Task The_same_reserve_value_under_another_issuer_is_another_patient_in_SAMSA()
    {
        await Reserve.AdmitInSamsaAsync(ReservePatient.Unknown, Units.Avd51Sahlgrenska);
        await Reserve.AdmitInSamsaAsync(ReservePatient.SameValueElsewhere, Units.Avd51Sahlgrenska);

        var cases = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?enhetHsaId={Units.Avd51Sahlgrenska}");
        cases!.Select(c => c.GetProperty("personnummer").GetString()).Should()
            .BeEquivalentTo([ReservePatient.Unknown.Display, ReservePatient.SameValueElsewhere.Display]);
        cases!.Select(c => c.GetProperty("patientnamn").GetString()).Should().BeEquivalentTo(["Okänd Man", "Okänd Besökare"]);
    }

    [Test]
    public async Task Samvy_creates_a_Patient_with_a_reserve_identifier_that_passes_Firely_validation()
    {
        var patient = await FhirValidation.ValidAsync<Patient>(await Reserve.CreateInSamvyAsync(ReservePatient.Unknown));

        patient.Identifier.Should().ContainSingle(i => i.System == ReservePatient.Unknown.System && i.Value == ReservePatient.Unknown.Value);
        var found = await Reserve.SamvyPatientsAsync(ReservePatient.Unknown.System, ReservePatient.Unknown.Value);
        found.Single().GetProperty("id").GetString().Should().Be(patient.Id);
        (await Reserve.SamvyPatientsAsync(SamvyFhir.PersonnummerSystem, ReservePatient.Unknown.Value)).Should().BeEmpty();
    }

    [Test]
    public async Task The_same_reserve_value_under_another_issuer_is_another_Patient_in_Samvy()
    {
        var first = await FhirValidation.ValidAsync<Patient>(await Reserve.CreateInSamvyAsync(ReservePatient.Unknown));
        using var second = await Reserve.CreateInSamvyAsync(ReservePatient.SameValueElsewhere);

        second.StatusCode.Should().Be(HttpStatusCode.Created);
        var other = await FhirValidation.ValidAsync<Patient>(second);
        other.Id.Should().NotBe(first.Id);
        (await Reserve.SamvyPatientsAsync(ReservePatient.SameValueElsewhere.System, ReservePatient.SameValueElsewhere.Value))
            .Single().GetProperty("id").GetString().Should().Be(other.Id);
    }

    [Test]
    public async Task Samvy_refuses_a_VGR_reserve_number_that_does_not_follow_the_format()
    {
        using var response = await Reserve.CreateInSamvyAsync(ReservePatient.Unknown with { Value = "19810829K071" });

        response.StatusCode.Should().Be((HttpStatusCode)422);
        var outcome = await FhirValidation.ValidAsync<OperationOutcome>(response);
        outcome.Issue.Single().Diagnostics.Should().Contain("Reservnumret kan inte användas").And.Contain("Löpnumret");
    }
}
