using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Millenniumenheter;

/// <summary>P02: a unit switches system ON its live-from date, and "today" is always the tenants' clock.</summary>
public sealed class GoLiveDateTests : TenantsTestBase
{
    private DirectoryScenario Scenario => new(Integration, Samsa, Samvy, Tenants.SamsaUrl, Tenants.SamvyUrl);

    [TestCase("2027-02-28", "SAMSA")]
    [TestCase("2027-03-01", "Samvy")]
    [TestCase("2027-03-02", "Samvy")]
    public async Task The_directory_answers_for_the_clock_date_by_default(string today, string expected)
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(today);

        var unit = await Scenario.UnitTodayAsync(DirectoryScenario.Vantebo);
        var listed = (await Integration.GetFromJsonAsync<JsonElement[]>("api/enheter"))!
            .Single(u => u.GetProperty("hsaId").GetString() == DirectoryScenario.Vantebo);
        var user = (await Integration.GetFromJsonAsync<JsonElement[]>("_sim/anvandare"))!
            .Single(u => u.GetProperty("enhetHsaId").GetString() == DirectoryScenario.Vantebo);

        unit.GetProperty("system").GetString().Should().Be(expected);
        unit.GetProperty("inkorg").GetString().Should().Be($"{expected}:{DirectoryScenario.Vantebo}");
        listed.GetProperty("system").GetString().Should().Be(expected);
        user.GetProperty("system").GetString().Should().Be(expected);
    }

    [TestCase("2027-02-28", "SAMSA")]
    [TestCase("2027-03-01", "Samvy")]
    public async Task A_notice_from_SAMSA_is_routed_to_the_system_of_the_day(string today, string expected)
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(today);
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);

        (await Samsa.SendAdmissionNoticeAsync(stay, DirectoryScenario.Vantebo, DirectoryScenario.VanteboEstimate)).EnsureSuccessStatusCode();

        var samsaInbox = await Samsa.InboxAsync(DirectoryScenario.Vantebo);
        if (expected == "SAMSA")
        {
            samsaInbox.Should().ContainSingle("the unit still works in SAMSA the day before its go-live");
            return;
        }
        samsaInbox.Should().BeEmpty("from its live-from date the unit's inbox is in Samvy");
        var carried = await Eventually.UntilAsync(
            RoutedAsync,
            m => m.Any(x => x.GetProperty("status").GetString() == "levererad"));
        carried.Should().ContainSingle().Which.GetProperty("till").GetString().Should().Be("Samvy");
    }
}
