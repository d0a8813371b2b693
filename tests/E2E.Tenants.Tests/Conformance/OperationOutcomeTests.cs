using System.Net;
using System.Text;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using static E2E.Tenants.Tests.Conformance.FhirValidation;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Conformance;

/// <summary>Every refusal of Samvy's FHIR API is an OperationOutcome with a Swedish diagnostic and the right status.</summary>
public sealed class OperationOutcomeTests : TenantsTestBase
{
    [TestCase("GET", "Patient/finns-inte", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound, "finns inte")]
    [TestCase("GET", "Organization/SE0000000000-E000000000000", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound, "finns inte")]
    [TestCase("GET", "Medication/1", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported, "stöds inte")]
    [TestCase("DELETE", "Patient/1", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported, "stöds inte")]
    public async Task Unknown_resources_and_operations_are_404(string method, string path, HttpStatusCode status, OperationOutcome.IssueType code, string text)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        await ExpectAsync(await Samvy.Http.SendAsync(request), status, code, text);
    }

    [TestCase("{ not json", OperationOutcome.IssueType.Structure, "kunde inte läsas")]
    [TestCase("""{"resourceType":"Patient","gender":42}""", OperationOutcome.IssueType.Structure, "kunde inte läsas")]
    [TestCase("""{"resourceType":"Organization","name":"x"}""", OperationOutcome.IssueType.Invalid, "Förväntade en Communication")]
    public async Task An_invalid_body_is_400(string body, OperationOutcome.IssueType code, string text)
    {
        var response = await Samvy.Http.PostAsync("Communication", new StringContent(body, Encoding.UTF8, "application/fhir+json"));

        await ExpectAsync(response, HttpStatusCode.BadRequest, code, text);
    }

    [Test]
    public async Task A_broken_business_rule_is_422()
    {
        var patientId = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounterId = await Samvy.CreateEncounterAsync(patientId, Units.Avd32Nal);

        var response = await Samvy.SendAdmissionNoticeAsync(patientId, encounterId, Units.Avd32Nal, "SE2321000131-E999999999999", TestClock.Day(1));

        await ExpectAsync(response, HttpStatusCode.UnprocessableEntity, OperationOutcome.IssueType.BusinessRule, "finns inte i katalogen");
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status, OperationOutcome.IssueType code, string text)
    {
        response.StatusCode.Should().Be(status);
        var outcome = await ValidAsync<OperationOutcome>(response);
        var issue = outcome.Issue.Should().ContainSingle().Subject;
        issue.Severity.Should().Be(OperationOutcome.IssueSeverity.Error);
        issue.Code.Should().Be(code);
        issue.Diagnostics.Should().Contain(text);
    }
}
