using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class FhirApiTests : TenantsTestBase
{
    [Test]
    public async Task Metadata_is_an_R4_CapabilityStatement_with_the_supported_resources()
    {
        var statement = await Samvy.Http.GetFromJsonAsync<JsonElement>("metadata");

        statement.GetProperty("resourceType").GetString().Should().Be("CapabilityStatement");
        statement.GetProperty("fhirVersion").GetString().Should().Be("4.0.1");
        statement.GetProperty("rest")[0].GetProperty("resource").EnumerateArray().Select(r => r.GetProperty("type").GetString())
            .Should().BeEquivalentTo(["Patient", "Encounter", "EpisodeOfCare", "Communication", "Organization", "DocumentReference", "Binary", "CarePlan", "Flag"]);
    }

    [Test]
    public async Task Patient_is_created_read_and_found_by_personnummer()
    {
        var id = await Samvy.CreatePatientAsync(TestPatients.Anna);

        var read = await Samvy.Http.GetFromJsonAsync<JsonElement>($"Patient/{id}");
        var found = await Samvy.SearchAsync($"Patient?identifier={SamvyFhir.PersonnummerSystem}|{TestPatients.Anna.Personnummer}");
        var other = await Samvy.SearchAsync($"Patient?identifier={SamvyFhir.PersonnummerSystem}|{TestPatients.Bo.Personnummer}");

        read.GetProperty("name")[0].GetProperty("family").GetString().Should().Be(TestPatients.Anna.Efternamn);
        found.Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be(id);
        other.Should().BeEmpty();
    }

    [Test]
    public async Task Communication_search_filters_by_recipient_subject_and_category()
    {
        var anna = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var bo = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var encounter = await Samvy.CreateEncounterAsync(anna, Units.Avd32Nal);
        var (annasEstimate, bosEstimate) = (TestClock.Day(1), TestClock.Day(2));
        (await Samvy.SendAdmissionNoticeAsync(anna, encounter, Units.Avd32Nal, Units.Alingsas, annasEstimate)).EnsureSuccessStatusCode();
        (await Samvy.SendAdmissionNoticeAsync(bo, encounter, Units.Avd32Nal, Units.Alingsas, bosEstimate)).EnsureSuccessStatusCode();

        var forAlingsas = await Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}&category=inskrivningsmeddelande");
        var forAnna = await Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}&subject=Patient/{anna}");
        var forWard = await Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Avd32Nal}");

        forAlingsas.Should().HaveCount(2);
        forAnna.Should().ContainSingle().Which.GetProperty("extension")[0].GetProperty("valueDate").GetString().Should().Be(annasEstimate);
        forWard.Should().BeEmpty("the ward sent both notices and received none");
    }

    [Test]
    public async Task Unknown_patient_is_404_OperationOutcome_in_Swedish()
    {
        using var response = await Samvy.Http.GetAsync("Patient/finns-inte");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        outcome.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        outcome.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("finns inte");
    }

    [Test]
    public async Task Malformed_resource_is_400_OperationOutcome()
    {
        using var response = await Samvy.PostAsync("Patient", new { resourceType = "Patient", gender = 42 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("OperationOutcome");
    }
}
