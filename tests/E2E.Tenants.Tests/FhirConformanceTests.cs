using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests;

/// <summary>Every answer of the FHIR API reads with Firely's default (validating) deserializer, as a strict client would.</summary>
public sealed class FhirConformanceTests : TenantsTestBase
{
    private static readonly JsonSerializerOptions Strict = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Test]
    public async Task Resources_bundles_and_outcomes_are_valid_R4()
    {
        var patientId = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounterId = await Samvy.CreateEncounterAsync(patientId, Units.Avd32Nal);
        using var sent = await Samvy.SendAdmissionNoticeAsync(patientId, encounterId, Units.Avd32Nal, Units.Alingsas, TestClock.Day(1));

        var communication = await ReadAsync<Communication>(sent);
        var patient = await ReadAsync<Patient>(await Samvy.Http.GetAsync($"Patient/{patientId}"));
        var encounter = await ReadAsync<Encounter>(await Samvy.Http.GetAsync($"Encounter/{encounterId}"));
        var bundle = await ReadAsync<Bundle>(await Samvy.Http.GetAsync($"Communication?subject=Patient/{patientId}"));
        var metadata = await ReadAsync<CapabilityStatement>(await Samvy.Http.GetAsync("metadata"));
        var outcome = await ReadAsync<OperationOutcome>(await Samvy.Http.GetAsync("Encounter/saknas"));

        communication.Recipient.Should().ContainSingle().Which.Reference.Should().Be($"Organization/{Units.Alingsas}");
        communication.Received.Should().NotBeNullOrEmpty();
        patient.Identifier.Should().Contain(i => i.System == SamvyFhir.PersonnummerSystem && i.Value == TestPatients.Anna.Personnummer);
        encounter.ServiceProvider!.Display.Should().Be(Units.Avd32NalName);
        bundle.Type.Should().Be(Bundle.BundleType.Searchset);
        bundle.Total.Should().Be(1);
        metadata.FhirVersion.Should().Be(FHIRVersion.N4_0_1);
        outcome.Issue.Should().ContainSingle().Which.Code.Should().Be(OperationOutcome.IssueType.NotFound);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) where T : Resource
    {
        using (response)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+json");
            return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), Strict)!;
        }
    }
}
