using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Conformance;

/// <summary>SAMSA's REST API describes itself: an OpenAPI document with every public endpoint and a Swedish summary.</summary>
public sealed class OpenApiTests : TenantsTestBase
{
    [Test]
    public async Task The_document_lists_the_public_endpoints_with_Swedish_summaries()
    {
        var document = await Samsa.Http.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        document.GetProperty("openapi").GetString().Should().StartWith("3.");
        document.GetProperty("info").GetProperty("title").GetString().Should().Be("SAMSA (simulerad) – REST-API");
        var operations = Operations(document);
        operations.Keys.Should().Contain(["post /api/patienter", "post /api/vardtillfallen", "post /api/meddelanden/{typ}", "get /api/arenden/{id}",
            "get /api/inkorgar/{hsaId}/meddelanden"]);
        operations.Should().OnlyContain(o => !string.IsNullOrWhiteSpace(o.Value), "every operation has a summary");
        operations["get /api/inkorgar/{hsaId}/meddelanden"].Should().Be("Läs meddelandena i en enhets inkorg i SAMSA");
    }

    [Test]
    public async Task Internal_and_test_only_endpoints_are_not_documented()
    {
        var document = await Samsa.Http.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        Operations(document).Keys.Should().NotContain(k => k.Contains("/_sim") || k.Contains("/api/integration"));
    }

    private static Dictionary<string, string?> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Key: $"{op.Name} {path.Name}", Op: op.Value)))
            .ToDictionary(o => o.Key, o => o.Op.TryGetProperty("summary", out var s) ? s.GetString() : null);
}
