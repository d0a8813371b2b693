using System.Text;
using System.Text.RegularExpressions;
using E2E.Tenants.Host;

namespace E2E.Cli.Tests;

/// <summary>What "tenants" prints for trying the APIs by hand works when followed: against real simulated tenants.</summary>
public sealed class TenantApiHelpTests
{
    [Test]
    public async Task The_printed_addresses_and_token_requests_work()
    {
        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions());
        var text = TenantApiHelp.Text(tenants);
        using var http = new HttpClient();

        (await http.GetAsync(Regex.Match(text, @"http\S+/openapi/v1\.json").Value)).IsSuccessStatusCode.Should().BeTrue(text);
        (await http.GetAsync(Regex.Match(text, @"http\S+/fhir/metadata").Value)).IsSuccessStatusCode.Should().BeTrue(text);

        var samsaBody = Regex.Match(text, @"-d '(?<json>\{.+\})'").Groups["json"].Value;
        var samsa = await http.PostAsync(Regex.Match(text, @"http\S+/api/token").Value, new StringContent(samsaBody, Encoding.UTF8, "application/json"));
        (await samsa.Content.ReadAsStringAsync()).Should().Contain("accessToken", text);

        var form = Regex.Matches(text, @"-d (?<name>grant_type|client_id|client_secret|person|enhet)=(?<value>\S+)")
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        var samvy = await http.PostAsync(Regex.Match(text, @"http\S+/oauth/token").Value, new FormUrlEncodedContent(form));
        (await samvy.Content.ReadAsStringAsync()).Should().Contain("access_token", text);
    }
}
