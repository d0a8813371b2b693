using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class OutageAndDuplicateFaultTests : TenantsTestBase
{
    private string AlingsasNotices => $"Communication?recipient=Organization/{Units.Alingsas}&category=inskrivningsmeddelande";

    // Fault: samvy-nere
    [Test]
    public async Task During_an_outage_messages_wait_and_land_once_when_the_system_is_back()
    {
        var (heldEstimate, markerEstimate) = (TestClock.Day(1), TestClock.Day(9));
        await SwitchFaultAsync("samvy-nere");
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);

        using var sent = await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, heldEstimate);
        using var down = await Samvy.Http.GetAsync("metadata");

        var held = await Eventually.UntilAsync(() => RoutedAsync(), log => log.Any(m => m.GetProperty("forsok").GetInt32() > 0));
        held.Should().ContainSingle().Which.GetProperty("status").GetString().Should().Be("väntar");
        sent.StatusCode.Should().Be(HttpStatusCode.Created, "SAMSA works while Samvy is down");
        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await down.Content.ReadAsStringAsync()).Should().Contain("driftsstörning");

        await SwitchFaultAsync("samvy-nere", on: false);
        await Eventually.UntilAsync(() => Samvy.SearchAsync(AlingsasNotices), found => found.Length > 0);
        // A later marker proves the held message was not delivered a second time meanwhile.
        var marker = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(marker, Units.Alingsas, markerEstimate)).EnsureSuccessStatusCode();
        var notices = await Eventually.UntilAsync(() => Samvy.SearchAsync(AlingsasNotices), found => found.Length >= 2);

        notices.Select(n => n.GetProperty("extension")[0].GetProperty("valueDate").GetString())
            .Should().BeEquivalentTo([heldEstimate, markerEstimate]);
    }

    [Test]
    public async Task Duplicating_delivers_a_cross_system_notice_twice_and_a_local_one_once()
    {
        var (crossingEstimate, localEstimate) = (TestClock.Day(1), TestClock.Day(2));
        await SwitchFaultAsync("dubbla-meddelanden");
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);

        (await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, Units.Lerum, crossingEstimate)).EnsureSuccessStatusCode();
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, localEstimate)).EnsureSuccessStatusCode();
        var inbox = await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), rows => rows.Length >= 3);

        inbox.Select(r => r.GetProperty("beraknatUtskrivningsdatum").GetString())
            .Should().BeEquivalentTo([crossingEstimate, crossingEstimate, localEstimate]);
    }
}
