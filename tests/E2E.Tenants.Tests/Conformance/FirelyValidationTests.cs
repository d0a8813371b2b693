using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using static E2E.Tenants.Tests.Conformance.FhirValidation;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Conformance;

/// <summary>Every kind of resource Samvy's FHIR API returns passes Firely's validation.</summary>
public sealed class FirelyValidationTests : TenantsTestBase
{
    [Test]
    public async Task Every_returned_resource_passes_Firely_validation()
    {
        var patientId = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounterId = await Samvy.CreateEncounterAsync(patientId, Units.Avd32Nal);

        var sent = await ValidAsync<Communication>(await Samvy.SendAdmissionNoticeAsync(patientId, encounterId, Units.Avd32Nal, Units.Lerum, TestClock.Day(1)));
        await ValidAsync<Communication>(await Samvy.Http.GetAsync($"Communication/{sent.Id}"));
        await ValidAsync<Patient>(await Samvy.Http.GetAsync($"Patient/{patientId}"));
        await ValidAsync<Encounter>(await Samvy.Http.GetAsync($"Encounter/{encounterId}"));
        await ValidAsync<Organization>(await Samvy.Http.GetAsync($"Organization/{Units.Alingsas}"));
        await ValidAsync<CapabilityStatement>(await Samvy.Http.GetAsync("metadata"));
        await ValidAsync<OperationOutcome>(await Samvy.Http.GetAsync("Patient/saknas"));
        var bundles = new[] { $"Patient?identifier={TestPatients.Anna.Personnummer}", $"Communication?subject=Patient/{patientId}", "Organization?name=Hemsjukvården" };
        foreach (var search in bundles)
        {
            (await ValidAsync<Bundle>(await Samvy.Http.GetAsync(search))).Entry.Should().NotBeEmpty(search);
        }
    }

    [Test]
    public void The_validation_finds_a_broken_resource()
    {
        // Communication.status is required (1..1); without it Firely must complain, or the test above proves nothing.
        var broken = new Communication { Subject = new ResourceReference("Patient/x") };

        Problems(broken).Should().NotBeEmpty();
    }
}
