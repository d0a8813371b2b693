using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Millenniumenheter;

/// <summary>P01: the systemval rule set is configuration, named in every directory answer so reports can show it.</summary>
public sealed class RuleSetTests : TenantsTestBase
{
    [Test]
    public async Task The_rule_set_in_force_is_exposed_with_its_defaults()
    {
        using var response = await Integration.GetAsync("api/regelverk");
        var rules = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("systemval");

        response.Headers.GetValues("X-Regelverk-Systemval").Should().Equal("samexistens-standard");
        rules.GetProperty("namn").GetString().Should().Be("samexistens-standard");
        rules.GetProperty("systemUtanDriftsattning").GetString().Should().Be("SAMSA");
        rules.GetProperty("systemFranDriftsattning").GetString().Should().Be("Samvy");
        rules.GetProperty("dagarEfterDriftsattning").GetInt32().Should().Be(0);
        rules.GetProperty("ejDriftsattaISamvy").GetString().Should().Be("samsa-inkorg");
        rules.GetProperty("beskrivning").GetString().Should().Contain("driftsättningsdatum");
    }

    [Test]
    public async Task Every_directory_answer_names_the_rule_set()
    {
        using var units = await Integration.GetAsync("api/enheter");
        using var unit = await Integration.GetAsync($"api/enheter/{Units.Lerum}");
        using var picker = await Integration.GetAsync("api/mottagarval/Samvy");

        foreach (var response in new[] { units, unit, picker })
        {
            response.IsSuccessStatusCode.Should().BeTrue();
            response.Headers.GetValues("X-Regelverk-Systemval").Should().Equal("samexistens-standard");
        }
    }

    [Test]
    public async Task Another_rule_set_can_be_chosen_and_changes_what_Samvy_shows()
    {
        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Systemval = "samexistens-dold-fore-driftsattning", Now = TestClock.Now });
        using var integration = new HttpClient { BaseAddress = tenants.IntegrationUrl };
        (await integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = DirectoryScenario.Vantebo, namn = DirectoryScenario.VanteboName, typ = "hemsjukvard", kommun = "Väntebo", driftsattFran = TestClock.Day(365) },
        })).EnsureSuccessStatusCode();

        var rules = await integration.GetFromJsonAsync<JsonElement>("api/regelverk");
        using var hidden = await integration.GetAsync($"api/mottagarval/Samvy/{DirectoryScenario.Vantebo}");
        using var inSamsa = await integration.GetAsync($"api/mottagarval/SAMSA/{DirectoryScenario.Vantebo}");

        rules.GetProperty("systemval").GetProperty("namn").GetString().Should().Be("samexistens-dold-fore-driftsattning");
        hidden.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound, "this rule set hides a unit waiting for go-live from Samvy");
        inSamsa.IsSuccessStatusCode.Should().BeTrue("SAMSA still offers the unit's own SAMSA inbox");
    }

    [Test]
    public async Task An_unknown_rule_set_stops_the_start_with_a_Swedish_message()
    {
        var start = () => SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Systemval = "gissat-regelverk", Now = TestClock.Now });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message
            .Should().Contain("Okänd regeluppsättning").And.Contain("samexistens-standard");
    }
}
