using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Millenniumenheter;

/// <summary>The two directory faults: each check passes with the fault off and shows the defect with it on.</summary>
public sealed class DirectoryFaultTests : TenantsTestBase
{
    private DirectoryScenario Scenario => new(Integration, Samsa, Samvy, Tenants.SamsaUrl, Tenants.SamvyUrl);

    // Fault: fel-system-efter-driftsattning
    [Test]
    public async Task Wrong_system_after_go_live_keeps_answering_SAMSA_and_routes_there()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(DirectoryScenario.VanteboLiveFrom);
        (await SystemTodayAsync()).Should().Be("Samvy", "with the fault off the unit works in Samvy from its live-from date");

        await SwitchFaultAsync("fel-system-efter-driftsattning");
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, DirectoryScenario.Vantebo, DirectoryScenario.VanteboEstimate)).EnsureSuccessStatusCode();

        (await SystemTodayAsync()).Should().Be("SAMSA", "the fault leaves the directory unswitched");
        (await Samsa.InboxAsync(DirectoryScenario.Vantebo)).Should().ContainSingle("the notice lands in a SAMSA inbox nobody reads any more");
    }

    // Fault: visa-ej-driftsatta-inkorgar
    [Test]
    public async Task Showing_units_not_live_offers_and_accepts_their_Samvy_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync("2027-02-28");
        (await VanteboInSamvyPickerAsync()).Should().Be("SAMSA-inkorg via integrationen", "with the fault off only the SAMSA inbox is offered");
        (await FoundBySamvyInboxAsync()).Should().BeFalse();

        await SwitchFaultAsync("visa-ej-driftsatta-inkorgar");

        (await VanteboInSamvyPickerAsync()).Should().Be("Samvy-inkorg");
        (await FoundBySamvyInboxAsync()).Should().BeTrue();
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        using var sent = await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, DirectoryScenario.Vantebo, DirectoryScenario.VanteboEstimate);
        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        // Read as the sending ward: nobody can log in to Vantebo's Samvy inbox, which is the harm.
        (await Samvy.SearchAsync($"Communication?subject=Patient/{patient}")).Single()
            .GetProperty("received").GetString().Should().NotBeNull("the notice landed in a Samvy inbox the unit does not use yet");
    }

    [Test]
    public async Task With_both_faults_off_a_notice_to_a_unit_not_live_reaches_its_SAMSA_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync("2027-02-28");
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);

        using var sent = await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, DirectoryScenario.Vantebo, DirectoryScenario.VanteboEstimate);

        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Eventually.UntilAsync(() => Samsa.InboxAsync(DirectoryScenario.Vantebo), rows => rows.Length > 0)).Should().ContainSingle();
    }


    private async Task<string?> SystemTodayAsync() =>
        (await Scenario.UnitTodayAsync(DirectoryScenario.Vantebo)).GetProperty("system").GetString();

    private async Task<string> VanteboInSamvyPickerAsync() =>
        (await Scenario.SamvyPickerAsync()).Single(e => e.Name == DirectoryScenario.VanteboName).Inbox;

    private async Task<bool> FoundBySamvyInboxAsync() =>
        (await Samvy.SearchAsync($"Organization?identifier={SamvyRecipientApiTests.InboxSystem}|Samvy:{DirectoryScenario.Vantebo}")).Length == 1;
}
