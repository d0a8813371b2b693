using System.Net;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>Incomplete or impossible messages are refused with Swedish messages, in both APIs and the SAMSA form.</summary>
public sealed class ValidationTests : MessagingTestBase
{
    [TestCase(Types.Sip, "Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).")]
    [TestCase(Types.Sip, "Ange minst en deltagare.", true)]
    [TestCase(Types.Discharge, "Ange utskrivningstid (ÅÅÅÅ-MM-DD TT:MM).")]
    [TestCase(Types.Withdrawn, "Mottagaren har inte fått något meddelande om utskrivningsklar att återta.")]
    [TestCase(Types.Admission, "Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).")]
    public async Task Both_systems_refuse_an_incomplete_message_in_Swedish(string type, string message, bool withMeeting = false)
    {
        var meeting = withMeeting ? MessagingClient.Meeting : null;
        foreach (var direction in new[] { Direction.All[0], Direction.All[1] })
        {
            var from = await Messages.AdmitAsync(direction, TestPatients.Anna);

            using var refused = await Messages.TrySendAsync(from, type, Units.Lerum, new() { ["motestid"] = meeting });

            refused.StatusCode.Should().Be(direction.From == Direction.Samsa ? HttpStatusCode.BadRequest : HttpStatusCode.UnprocessableEntity);
            (await refused.Content.ReadAsStringAsync()).Should().Contain(message);
        }
    }

    [Test]
    public async Task SAMSA_counts_the_admission_day_in_Swedish_time()
    {
        // Admitted 00:30 in Sweden tomorrow: still "today" in UTC, but the estimate may not be before tomorrow.
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska, TestClock.Instant(1, "00:30"));

        using var dayBefore = await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, TestClock.Day(0));
        using var admissionDay = await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, TestClock.Day(1));

        dayBefore.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await dayBefore.Content.ReadAsStringAsync()).Should().Contain("Beräknat utskrivningsdatum kan inte vara före inskrivningsdagen.");
        admissionDay.StatusCode.Should().Be(HttpStatusCode.Created, await admissionDay.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_SIP_meeting_in_the_past_and_a_closed_case_are_refused()
    {
        var from = await Messages.AdmitAsync(Direction.All[0], TestPatients.Anna);

        using var past = await Messages.TrySendAsync(from, Types.Sip, Units.Lerum,
            new() { ["motestid"] = TestClock.At(-1, "10:00"), ["deltagare"] = new[] { "Någon" } });
        await Messages.SendAsync(from, Types.Discharge);
        using var afterDischarge = await Messages.TrySendAsync(from, Types.DischargeReady, Units.Lerum, []);

        (await past.Content.ReadAsStringAsync()).Should().Contain("Mötestiden har redan passerat.");
        (await afterDischarge.Content.ReadAsStringAsync()).Should().Contain("Ärendet är avslutat; inga fler meddelanden kan skickas i det.");
    }

    [Test]
    public async Task The_SAMSA_form_shows_Swedish_messages_per_field()
    {
        var from = await Messages.AdmitAsync(Direction.All[0], TestPatients.Anna);
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var path = $"vardtillfallen/{from.StayId}/skicka/kallelse-sip";
        var (_, form) = await web.GetAsync(path);

        var (_, invalid) = await web.PostFormAsync(path, form, new() { ["Mottagare"] = "", ["Motestid"] = "", ["Deltagare"] = "" });
        var (_, sent) = await web.PostFormAsync(path, form,
            new() { ["Mottagare"] = Units.Lerum, ["Motestid"] = TestClock.FormTime(14, "10:00"), ["Deltagare"] = "Anna\r\nBo" });

        form.Should().Contain("""<label for="motestid">Mötestid</label>""").And.Contain("""<label for="deltagare">Deltagare (en per rad)</label>""");
        invalid.Should().Contain("Välj en mottagare.").And.Contain("Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).").And.Contain("Ange minst en deltagare.")
            .And.Contain("""role="alert">Meddelandet skickades inte.""");
        sent.Should().Contain("""<p role="status" class="kvitto">Kallelsen till SIP har skickats</p>""");
        (await Messages.InboxAsync(Direction.Samsa, Units.Lerum)).Should().ContainSingle().Which.Deltagare.Should().Equal("Anna", "Bo");
    }
}
