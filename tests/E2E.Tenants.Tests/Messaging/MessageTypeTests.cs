using E2E.Tenants.Tests.Support;
using System.Net.Http.Json;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>Every message type reaches the recipient's inbox in the recipient's own system, in all four directions.</summary>
public sealed class MessageTypeTests : MessagingTestBase
{
    [TestCaseSource(nameof(EveryTypeInEveryDirection))]
    public async Task Message_type_lands_once_with_its_data_and_the_sender_sees_it_delivered(string type, Direction direction)
    {
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);

        var id = await SendTypeAsync(from, type);

        var inbox = await Eventually.UntilAsync(() => Messages.InboxAsync(direction.To, direction.Recipient), rows => rows.Any(r => r.Typ == type));
        var landed = inbox.Should().ContainSingle(r => r.Typ == type).Subject;
        landed.Status.Should().Be("levererad");
        switch (type)
        {
            case Types.Admission:
                landed.BeraknatUtskrivningsdatum.Should().Be(MessagingClient.Estimate);
                break;
            case Types.Sip:
                landed.Tidpunkt.Should().Be(DateTimeOffset.Parse(MessagingClient.Meeting, System.Globalization.CultureInfo.InvariantCulture));
                landed.Deltagare.Should().Equal(MessagingClient.Participants);
                break;
            case Types.Discharge:
                landed.Tidpunkt.Should().Be(DateTimeOffset.Parse(MessagingClient.DischargeTime, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
        (await Messages.EventuallySenderStateAsync(from, id, "levererad")).Should().Be("levererad");
    }

    [Test]
    public async Task Discharge_ready_is_timestamped_by_the_tenant_clock()
    {
        using (var set = await Integration.PutAsJsonAsync("_sim/klocka", new { nu = "2026-03-06T09:00:00+01:00" }))
        {
            set.EnsureSuccessStatusCode();
        }
        var from = await Messages.AdmitAsync(Direction.All[1], TestPatients.Anna); // Samvy→SAMSA

        await Messages.SendAsync(from, Types.DischargeReady);

        var landed = (await Messages.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 1)).Single();
        landed.Tidpunkt!.Value.Date.Should().Be(new DateTime(2026, 3, 6), "the notice carries the simulated time it was sent");
    }
}
