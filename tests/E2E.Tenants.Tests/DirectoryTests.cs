using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Organisation;
using E2E.Tenants.Tests.Millenniumenheter;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class DirectoryTests : TenantsTestBase
{
    private DirectoryScenario Scenario => new(Integration, Samsa, Samvy, Tenants.SamsaUrl, Tenants.SamvyUrl);

    [Test]
    public async Task Lists_the_seeded_units_with_their_system_today()
    {
        await Scenario.SetTodayAsync(CareSystemNames.FirstSamvyGoLive); // the seeded Samvy units' go-live day

        var units = await Integration.GetFromJsonAsync<JsonElement[]>("api/enheter");

        units.Should().HaveCount(UnitCatalogue.All.Count, "every unit of the shared organisation catalogue is seeded");
        var bySystem = units!.ToDictionary(u => u.GetProperty("hsaId").GetString()!, u => u.GetProperty("system").GetString());
        bySystem[Units.Avd32Nal].Should().Be("Samvy");
        bySystem[Units.Avd51Sahlgrenska].Should().Be("SAMSA");
        bySystem[Units.Lerum].Should().Be("SAMSA");
        bySystem[Units.Alingsas].Should().Be("Samvy");
        units!.Single(u => u.GetProperty("hsaId").GetString() == Units.Lerum).GetProperty("namn").GetString().Should().Be(Units.LerumName);
    }

    // The clock stands on the other side of the go-live from the asked date, so only the asked date can give the answer.
    [TestCase("2024-11-11", "SAMSA", "2024-11-12")]
    [TestCase("2024-11-12", "Samvy", "2024-11-11")]
    [TestCase("2026-11-25", "Samvy", "2024-11-11")]
    public async Task A_unit_works_in_Samvy_from_its_live_from_date(string date, string expected, string today)
    {
        await Scenario.SetTodayAsync(today);

        var unit = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Avd32Nal}?datum={date}");

        unit.GetProperty("system").GetString().Should().Be(expected);
        unit.GetProperty("driftsattFran").GetString().Should().Be("2024-11-12");
        unit.GetProperty("inkorg").GetString().Should().Contain(expected);
    }

    [Test]
    public async Task A_unit_without_live_from_date_works_in_SAMSA_on_any_date()
    {
        foreach (var query in new[] { $"?datum={TestClock.Day(-3650)}", "", $"?datum={TestClock.Day(3650)}" })
        {
            var unit = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Lerum}{query}");

            unit.GetProperty("system").GetString().Should().Be("SAMSA", $"Lerum has no live-from date (asked: \"{query}\")");
        }
    }

    [Test]
    public async Task The_whole_directory_can_be_asked_for_another_date()
    {
        await Scenario.SetTodayAsync(CareSystemNames.FirstSamvyGoLive);
        var dayBefore = CareSystemNames.FirstSamvyGoLive.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var today = await Integration.GetFromJsonAsync<JsonElement[]>("api/enheter");
        var units = await Integration.GetFromJsonAsync<JsonElement[]>($"api/enheter?datum={dayBefore}");

        today!.Select(u => u.GetProperty("system").GetString()).Should().Contain("Samvy", "on the go-live day the southern units work in Samvy");
        units!.Select(u => u.GetProperty("system").GetString()).Should().OnlyContain(s => s == "SAMSA");
    }

    [Test]
    public async Task Unknown_unit_is_404()
    {
        using var response = await Integration.GetAsync("api/enheter/SE2321000131-E999999999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("finns inte");
    }

    [Test]
    public async Task Upserting_a_unit_switches_its_system_by_date()
    {
        using var put = await Integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = Units.Lerum, namn = Units.LerumName, typ = "hemsjukvard", kommun = "Lerum", driftsattFran = TestClock.Day(30) },
        });
        put.IsSuccessStatusCode.Should().BeTrue();

        var today = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Lerum}");
        var before = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Lerum}?datum={TestClock.Day(29)}");
        var after = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Lerum}?datum={TestClock.Day(30)}");

        today.GetProperty("system").GetString().Should().Be("SAMSA");
        before.GetProperty("system").GetString().Should().Be("SAMSA");
        after.GetProperty("system").GetString().Should().Be("Samvy");
    }

    [Test]
    public async Task Invalid_date_is_refused_in_Swedish()
    {
        using var response = await Integration.GetAsync($"api/enheter/{Units.Lerum}?datum=25/11/2026");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ÅÅÅÅ-MM-DD");
    }
}
