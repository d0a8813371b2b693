using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class FaultTests : TenantsTestBase
{
    [Test]
    public async Task Faults_are_switched_on_and_off()
    {
        (await Integration.GetFromJsonAsync<string[]>("_sim/faults")).Should().BeEmpty();

        await SwitchFaultAsync("tappa-meddelanden");
        (await Integration.GetFromJsonAsync<string[]>("_sim/faults")).Should().Equal("tappa-meddelanden");

        await SwitchFaultAsync("tappa-meddelanden", on: false);
        (await Integration.GetFromJsonAsync<string[]>("_sim/faults")).Should().BeEmpty();
    }

    [Test]
    public async Task Unknown_fault_is_404_with_a_Swedish_message_listing_the_known_faults()
    {
        using var response = await Integration.PutAsync("_sim/faults/brinnande-server", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("Okänt fel").And.Contain("brinnande-server").And.Contain("Kända fel: tappa-meddelanden")
            .And.Contain("dubbla-meddelanden").And.Contain("samsa-nere").And.Contain("samvy-nere");
    }

    [Test]
    public async Task Dropping_messages_loses_cross_system_notices_and_only_those()
    {
        var (crossingEstimate, localEstimate, markerEstimate) = (TestClock.Day(1), TestClock.Day(2), TestClock.Day(9));
        await SwitchFaultAsync("tappa-meddelanden");
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);

        using var crossing = await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, Units.Lerum, crossingEstimate);
        using var local = await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, localEstimate);

        crossing.StatusCode.Should().Be(HttpStatusCode.Created, "the sender sees a dropped message as sent");
        local.StatusCode.Should().Be(HttpStatusCode.Created);

        // The fault acts when the integration accepts the notice from Samvy's outbox, which happens in the background:
        // switch it off only once the integration has the notice. A marker sent after that arrives after the dropped
        // one would have: no blind sleep.
        (await Eventually.UntilAsync(RoutedAsync, log => log.Length == 1))
            .Should().ContainSingle();
        await SwitchFaultAsync("tappa-meddelanden", on: false);
        var marker = await Samvy.CreatePatientAsync(TestPatients.Bo);
        using var sentMarker = await Samvy.SendAdmissionNoticeAsync(marker, encounter, Units.Avd32Nal, Units.Lerum, markerEstimate);
        var inbox = await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum),
            rows => rows.Any(r => r.GetProperty("beraknatUtskrivningsdatum").GetString() == markerEstimate));

        inbox.Select(r => r.GetProperty("beraknatUtskrivningsdatum").GetString())
            .Should().BeEquivalentTo([localEstimate, markerEstimate], "only the cross-system notice sent under the fault is lost");
        var routed = await RoutedAsync();
        routed.Select(m => m.GetProperty("status").GetString()).Should().Equal("tappad", "levererad");
    }
}
