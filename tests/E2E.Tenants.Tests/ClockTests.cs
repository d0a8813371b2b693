using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class ClockTests : TenantsTestBase
{
    [Test]
    public async Task Moving_the_clock_changes_which_system_a_unit_works_in_today()
    {
        // Avdelning 32 goes live in Samvy on 2024-11-12 (the catalogue): the clock is set on either side of it.
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
    public async Task The_tenants_start_at_the_tests_now_and_a_reset_returns_there()
    {
        var atStart = await Integration.GetFromJsonAsync<JsonElement>("_sim/klocka");
        (await Integration.PutAsJsonAsync("_sim/klocka", new { nu = "2030-01-01T12:00:00+01:00" })).EnsureSuccessStatusCode();

        (await Integration.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

        var afterReset = await Integration.GetFromJsonAsync<JsonElement>("_sim/klocka");
        foreach (var clock in new[] { atStart, afterReset })
        {
            clock.GetProperty("nu").GetDateTimeOffset().Should().BeCloseTo(TestClock.Now, TimeSpan.FromMinutes(1));
            clock.GetProperty("idag").GetString().Should().Be(TestClock.Day(0));
        }
    }

    [Test]
    public async Task Without_a_start_now_the_tenants_run_on_real_time_and_a_reset_returns_to_it()
    {
        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions());
        using var integration = new HttpClient { BaseAddress = tenants.IntegrationUrl };
        (await integration.PutAsJsonAsync("_sim/klocka", new { nu = "2030-01-01T12:00:00+01:00" })).EnsureSuccessStatusCode();

        (await integration.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

        // Holds at any real time: "now" is compared to the real time, "idag" to the real Swedish date read just after.
        var clock = await integration.GetFromJsonAsync<JsonElement>("_sim/klocka");
        var real = DateTimeOffset.UtcNow;
        clock.GetProperty("flyttad").GetBoolean().Should().BeFalse();
        clock.GetProperty("nu").GetDateTimeOffset().Should().BeCloseTo(real, TimeSpan.FromMinutes(1));
        clock.GetProperty("idag").GetString().Should().BeOneOf(
            E2E.Core.Time.SwedishTime.DateOf(real.AddMinutes(-1)).ToString("yyyy-MM-dd"),
            E2E.Core.Time.SwedishTime.DateOf(real).ToString("yyyy-MM-dd"));
    }
}
