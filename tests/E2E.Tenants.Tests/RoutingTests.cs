using System.Net;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class RoutingTests : TenantsTestBase
{
    [Test]
    public async Task SAMSA_to_SAMSA_notice_lands_in_the_SAMSA_inbox_at_once()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        var estimate = TestClock.Day(1);

        using var sent = await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, estimate);

        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        var inbox = await Samsa.InboxAsync(Units.Lerum);
        inbox.Should().ContainSingle();
        var row = inbox[0];
        row.GetProperty("typ").GetString().Should().Be("Inskrivningsmeddelande");
        row.GetProperty("personnummer").GetString().Should().Be(TestPatients.Anna.Display);
        row.GetProperty("patientnamn").GetString().Should().Be(TestPatients.Anna.FullName);
        row.GetProperty("adress").GetString().Should().Be("Storgatan 1, 443 30 Lerum");
        row.GetProperty("beraknatUtskrivningsdatum").GetString().Should().Be(estimate);
        row.GetProperty("avsandare").GetString().Should().Be(Units.Avd51SahlgrenskaName);
        (await Samsa.InboxAsync(Units.Avd51Sahlgrenska)).Should().BeEmpty("the sender's inbox is not the recipient's");
    }

    [Test]
    public async Task Samvy_to_SAMSA_notice_crosses_the_integration_and_lands_once()
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        var estimate = TestClock.Day(2);

        using var sent = await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, Units.Lerum, estimate);

        sent.StatusCode.Should().Be(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var inbox = await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), rows => rows.Length > 0);
        inbox.Should().ContainSingle();
        inbox[0].GetProperty("avsandare").GetString().Should().Be(Units.Avd32NalName);
        inbox[0].GetProperty("beraknatUtskrivningsdatum").GetString().Should().Be(estimate);
        inbox[0].GetProperty("personnummer").GetString().Should().Be(TestPatients.Anna.Display);

        // A second, later message proves the first was not delivered twice in the meantime.
        var later = await Samvy.CreatePatientAsync(TestPatients.Bo);
        using var second = await Samvy.SendAdmissionNoticeAsync(later, encounter, Units.Avd32Nal, Units.Lerum, TestClock.Day(3));
        inbox = await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), rows => rows.Length >= 2);
        inbox.Select(r => r.GetProperty("personnummer").GetString())
            .Should().BeEquivalentTo([TestPatients.Anna.Display, TestPatients.Bo.Display]);
    }

    [Test]
    public async Task SAMSA_to_Samvy_notice_lands_in_the_Samvy_message_centre()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);

        using var sent = await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, TestClock.Day(4));

        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        var found = await Eventually.UntilAsync(
            () => Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}&category=inskrivningsmeddelande"),
            entries => entries.Length > 0);
        found.Should().ContainSingle();
        found[0].GetProperty("sender").GetProperty("display").GetString().Should().Be(Units.Avd51SahlgrenskaName);
        using var samsaInbox = await Samsa.Http.GetAsync($"api/inkorgar/{Units.Alingsas}/meddelanden");
        samsaInbox.StatusCode.Should().Be(HttpStatusCode.Forbidden, "Alingsås works in Samvy: nobody acts for it in SAMSA");
    }

    [Test]
    public async Task Samvy_to_Samvy_notice_lands_at_once_without_the_integration()
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);

        using var sent = await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, Units.Alingsas, TestClock.Day(5));

        sent.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("received").GetString().Should().NotBeNullOrEmpty("it landed in Alingsås' message centre at once");
    }
}
