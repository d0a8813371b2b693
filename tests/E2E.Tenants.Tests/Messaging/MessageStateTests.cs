using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>Sent, delivered, read, acknowledged: the recipient's actions reach the sender in every direction.</summary>
public sealed class MessageStateTests : MessagingTestBase
{
    [TestCaseSource(nameof(EveryDirection))]
    public async Task Read_and_acknowledged_travel_back_to_the_sender(Direction direction)
    {
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);
        var id = await Messages.SendAsync(from, Types.Admission);
        var landed = (await Messages.EventuallyInboxAsync(direction.To, direction.Recipient, 1)).Single();
        (await Messages.EventuallySenderStateAsync(from, id, "levererad")).Should().Be("levererad");

        await Messages.MarkAsync(direction.To, landed.Id, acknowledge: false);
        (await Messages.EventuallySenderStateAsync(from, id, "last")).Should().Be("last");

        await Messages.MarkAsync(direction.To, landed.Id, acknowledge: true);
        (await Messages.EventuallySenderStateAsync(from, id, "kvitterad")).Should().Be("kvitterad");
        (await Messages.InboxAsync(direction.To, direction.Recipient)).Single().Status.Should().Be("kvitterad");
    }

    [Test]
    public async Task A_message_to_another_system_is_only_sent_until_the_recipient_system_has_it()
    {
        await SwitchFaultAsync("samvy-nere");
        var from = await Messages.AdmitAsync(Direction.All[2], TestPatients.Bo); // SAMSA→Samvy

        var id = await Messages.SendAsync(from, Types.Admission);

        (await Messages.SenderStateAsync(from, id)).Should().Be("skickad");
        await SwitchFaultAsync("samvy-nere", on: false);
        (await Messages.EventuallySenderStateAsync(from, id, "levererad")).Should().Be("levererad");
    }
}
