using System.Net;
using System.Text;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using static E2E.Tenants.Tests.Conformance.FhirValidation;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.Conformance;

/// <summary>fhir/metadata lists exactly what the server does: every listed interaction answers, nothing else does.</summary>
public sealed class CapabilityStatementTests : TenantsTestBase
{
    [Test]
    public async Task Lists_the_resources_of_the_collaboration()
    {
        var statement = await ValidAsync<CapabilityStatement>(await Samvy.Http.GetAsync("metadata"));

        statement.FhirVersion.Should().Be(FHIRVersion.N4_0_1);
        statement.Kind.Should().Be(CapabilityStatementKind.Instance);
        statement.Rest.Should().ContainSingle().Which.Mode.Should().Be(CapabilityStatement.RestfulCapabilityMode.Server);
        var resources = statement.Rest[0].Resource.ToDictionary(r => r.Type!, r => r.Interaction.Select(i => i.Code).ToList());
        resources.Keys.Should().Contain(["Patient", "Encounter", "Communication", "Organization"]);
        resources["Organization"].Should().BeEquivalentTo([CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType]);
    }

    [Test]
    public async Task Every_listed_interaction_and_search_parameter_is_answered()
    {
        var statement = await ValidAsync<CapabilityStatement>(await Samvy.Http.GetAsync("metadata"));

        foreach (var resource in statement.Rest[0].Resource)
        {
            foreach (var interaction in resource.Interaction.Select(i => i.Code))
            {
                var outcome = await TryAsync(interaction switch
                {
                    CapabilityStatement.TypeRestfulInteraction.Read => Samvy.Http.GetAsync($"{resource.Type}/finns-inte"),
                    CapabilityStatement.TypeRestfulInteraction.SearchType => Samvy.Http.GetAsync(resource.Type),
                    CapabilityStatement.TypeRestfulInteraction.Create => Samvy.Http.PostAsync(resource.Type, Json($$"""{"resourceType":"{{resource.Type}}"}""")),
                    _ => throw new AssertionException($"Testet känner inte interaktionen {interaction}."),
                });
                outcome.Should().NotBe(OperationOutcome.IssueType.NotSupported, $"{resource.Type} {interaction} is listed");
            }
            foreach (var parameter in resource.SearchParam)
            {
                // A recipient search is about an inbox: the caller's own (another unit's is refused, see Access/).
                var value = parameter.Name == "recipient" ? $"Organization/{Units.Avd32Nal}" : "x";
                using var search = await Samvy.Http.GetAsync($"{resource.Type}?{parameter.Name}={value}");
                search.StatusCode.Should().Be(HttpStatusCode.OK, $"{resource.Type}?{parameter.Name} is listed");
            }
        }
    }

    [Test]
    public async Task Every_resource_type_not_listed_is_refused_as_not_supported()
    {
        var statement = await ValidAsync<CapabilityStatement>(await Samvy.Http.GetAsync("metadata"));
        var listed = statement.Rest[0].Resource.Select(r => r.Type).ToHashSet();

        foreach (var type in ModelInfo.SupportedResources.Where(t => !listed.Contains(t)))
        {
            (await TryAsync(Samvy.Http.GetAsync($"{type}/1"))).Should().Be(OperationOutcome.IssueType.NotSupported, type);
        }
    }

    /// <summary>The issue code of a refusal, or null when the server answered with something else.</summary>
    private static async Task<OperationOutcome.IssueType?> TryAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode || !body.Contains("OperationOutcome", StringComparison.Ordinal)
            ? null
            : (await ValidAsync<OperationOutcome>(new HttpResponseMessage(response.StatusCode) { Content = Json(body) })).Issue[0].Code;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/fhir+json");
}
