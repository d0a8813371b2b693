using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class ClockTests : TenantsTestBase
{
    [Test]
    public async Task Moving_the_clock_changes_which_system_a_unit_works_in_today()
    {
        (await Integration.PutAsJsonAsync("_sim/klocka", new { nu = "2024-11-11T12:00:00+01:00" })).EnsureSuccessStatusCode();

        var before = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Avd32Nal}");
        (await Integration.PutAsJsonAsync("_sim/klocka", new { nu = "2024-11-12T08:00:00+01:00" })).EnsureSuccessStatusCode();
        var after = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{Units.Avd32Nal}");
        var clock = await Integration.GetFromJsonAsync<JsonElement>("_sim/klocka");

        before.GetProperty("system").GetString().Should().Be("SAMSA");
        after.GetProperty("system").GetString().Should().Be("Samvy");
        clock.GetProperty("idag").GetString().Should().Be("2024-11-12");
        clock.GetProperty("flyttad").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task Reset_returns_to_real_time()
    {
        (await Integration.PutAsJsonAsync("_sim/klocka", new { nu = "2030-01-01T12:00:00+01:00" })).EnsureSuccessStatusCode();

        (await Integration.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

        var clock = await Integration.GetFromJsonAsync<JsonElement>("_sim/klocka");
        clock.GetProperty("flyttad").GetBoolean().Should().BeFalse();
        clock.GetProperty("nu").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.Now, TimeSpan.FromMinutes(1));
    }
}
