using System.Net.Http.Json;
using System.Text.Json;
using E2E.Organisation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Millenniumenheter;

/// <summary>P02/P03: each system's recipient picker offers every unit once, with exactly its inbox of the day.</summary>
public sealed class RecipientPickerTests : TenantsTestBase
{
    private DirectoryScenario Scenario => new(Integration, Samsa, Samvy, Tenants.SamsaUrl, Tenants.SamvyUrl);

    [Test]
    public async Task Samvy_offers_a_unit_not_yet_live_only_with_its_SAMSA_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync("2027-02-28");

        var picker = await Scenario.SamvyPickerAsync();

        picker.Select(e => e.Name).Should().OnlyHaveUniqueItems().And.HaveCount(UnitCatalogue.All.Count + 1);
        picker.Should().ContainSingle(e => e.Name == DirectoryScenario.VanteboName)
            .Which.Inbox.Should().Be("SAMSA-inkorg via integrationen");
        picker.Single(e => e.Name == Units.AlingsasName).Inbox.Should().Be("Samvy-inkorg");
        picker.Single(e => e.Name == Units.LerumName).Inbox.Should().Be("SAMSA-inkorg via integrationen");
    }

    [Test]
    public async Task From_the_live_from_date_Samvy_offers_the_units_Samvy_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(DirectoryScenario.VanteboLiveFrom);

        var picker = await Scenario.SamvyPickerAsync();

        picker.Should().ContainSingle(e => e.Name == DirectoryScenario.VanteboName).Which.Inbox.Should().Be("Samvy-inkorg");
    }

    [Test]
    public async Task SAMSA_offers_every_unit_once_with_its_inbox_today()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(DirectoryScenario.VanteboLiveFrom);

        var picker = await Scenario.SamsaPickerAsync();

        picker.Select(e => e.Name).Should().OnlyHaveUniqueItems().And.HaveCount(UnitCatalogue.All.Count + 1);
        picker.Single(e => e.Name == DirectoryScenario.VanteboName).Inbox.Should().Be("Samvy-inkorg via integrationen");
        picker.Single(e => e.Name == Units.Avd32NalName).Inbox.Should().Be("Samvy-inkorg via integrationen");
        picker.Single(e => e.Name == Units.LerumName).Inbox.Should().Be("SAMSA-inkorg");
    }

    [TestCase("2027-02-28")]
    [TestCase(DirectoryScenario.VanteboLiveFrom)]
    public async Task The_directorys_pickers_agree_with_the_directory_on_every_unit(string today)
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(today);
        var units = await Integration.GetFromJsonAsync<JsonElement[]>("api/enheter") ?? [];

        foreach (var system in new[] { "SAMSA", "Samvy" })
        {
            var picker = await Integration.GetFromJsonAsync<JsonElement[]>($"api/mottagarval/{system}") ?? [];
            picker.Select(p => p.GetProperty("inkorg").GetString()).Should().BeEquivalentTo(
                units.Select(u => u.GetProperty("inkorg").GetString()), $"{system} offers each unit's one inbox of the day");
            picker.Should().OnlyContain(p => p.GetProperty("viaIntegration").GetBoolean() == (p.GetProperty("system").GetString() != system));
        }
    }

    [Test]
    public async Task The_Samvy_collaboration_view_refuses_a_name_it_does_not_offer()
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var (_, view) = await web.GetAsync($"samverkansvy/{patient}");

        var (_, sent) = await web.PostFormAsync($"samverkansvy/{patient}", view, new() { ["Mottagare"] = $"Samvy:{Units.Lerum}", ["Datum"] = TestClock.Day(7) });

        sent.Should().Contain("Välj en mottagare i listan.").And.NotContain("Inskrivningsmeddelandet har skickats");
    }
}
