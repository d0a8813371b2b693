using System.Net;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Outage;

/// <summary>"&lt;system&gt;-nere": the whole tenant, UI and API, answers 503 with a Swedish text; the other one is unaffected.</summary>
public sealed class OutageFaultTests : TenantsTestBase
{
    // Fault: samsa-nere
    [TestCase("samsa-nere", "SAMSA", "openapi/v1.json")]
    [TestCase("samsa-nere", "Samvy", "fhir/metadata")]
    public Task Samsa_down_answers_503_on_page_and_API_and_recovers(string fault, string system, string api) =>
        ProveOutageAsync(fault, system, api);

    // Fault: samvy-nere
    [TestCase("samvy-nere", "Samvy", "fhir/metadata")]
    [TestCase("samvy-nere", "SAMSA", "openapi/v1.json")]
    public Task Samvy_down_answers_503_on_page_and_API_and_recovers(string fault, string system, string api) =>
        ProveOutageAsync(fault, system, api);

    /// <summary>Both paths of <paramref name="system"/>: 503 only when the fault names that system, 200 with it off.</summary>
    private async Task ProveOutageAsync(string fault, string system, string api)
    {
        var down = fault.StartsWith(system, StringComparison.OrdinalIgnoreCase);
        using var http = new HttpClient { BaseAddress = system == "SAMSA" ? Tenants.SamsaUrl : Tenants.SamvyUrl };
        await SwitchFaultAsync(fault);
        var during = await StatusesAsync(http, api);
        await SwitchFaultAsync(fault, on: false);
        var after = await StatusesAsync(http, api);

        var expected = down ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK;
        during.Select(d => d.Status).Should().Equal(expected, expected);
        if (down)
        {
            during.Should().OnlyContain(d => d.Text == $"{system} är inte tillgängligt just nu (driftsstörning). Försök igen senare.");
        }
        after.Select(d => d.Status).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK);
    }

    private static async Task<(HttpStatusCode Status, string Text)[]> StatusesAsync(HttpClient http, string api)
    {
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var path in new[] { "logga-in", api })
        {
            using var response = await http.GetAsync(path);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
        return [.. answers];
    }
}
