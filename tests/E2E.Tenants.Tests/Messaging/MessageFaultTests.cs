using System.Net.Http.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>The message faults: each check fails with the fault on and passes with it off.</summary>
public sealed class MessageFaultTests : MessagingTestBase
{
    // Fault: inskrivning-saknar-uppgifter
    [TestCase(true)]
    [TestCase(false)]
    public async Task Cross_system_admission_notice_keeps_address_and_estimate_unless_the_fault_is_on(bool faultOn)
    {
        await SwitchFaultAsync("inskrivning-saknar-uppgifter", faultOn);
        var fromSamvy = await Messages.AdmitAsync(Direction.All[1], TestPatients.Anna); // Samvy→SAMSA
        var fromSamsa = await Messages.AdmitAsync(Direction.All[2], TestPatients.Bo); // SAMSA→Samvy
        var local = await Messages.AdmitAsync(Direction.All[0], TestPatients.Bo); // SAMSA→SAMSA, never affected

        await Messages.SendAsync(fromSamvy, Types.Admission);
        await Messages.SendAsync(fromSamsa, Types.Admission);
        await Messages.SendAsync(local, Types.Admission);

        var inSamsa = await Messages.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 2);
        var inSamvy = (await Messages.EventuallyInboxAsync(Direction.Samvy, Units.Alingsas, 1)).Single();
        var crossed = inSamsa.Single(r => r.Adress != "Kungsgatan 5, 441 30 Alingsås");
        inSamsa.Single(r => r != crossed).BeraknatUtskrivningsdatum.Should().Be(MessagingClient.Estimate);
        if (faultOn)
        {
            crossed.Adress.Should().BeEmpty();
            crossed.BeraknatUtskrivningsdatum.Should().BeNull();
            inSamvy.BeraknatUtskrivningsdatum.Should().BeNull();
        }
        else
        {
            crossed.Adress.Should().Be("Storgatan 1, 443 30 Lerum");
            crossed.BeraknatUtskrivningsdatum.Should().Be(MessagingClient.Estimate);
            inSamvy.BeraknatUtskrivningsdatum.Should().Be(MessagingClient.Estimate);
        }
    }

    // Fault: utskrivning-fel-dag
    [TestCaseSource(nameof(EveryDirection))]
    public async Task Discharge_notice_keeps_its_day_unless_the_fault_moves_a_crossing_one_a_day_late(Direction direction)
    {
        var expected = DateTimeOffset.Parse(MessagingClient.DischargeTime, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var faultOn in new[] { false, true })
        {
            await Integration.PostAsync("_sim/reset", null);
            await SwitchFaultAsync("utskrivning-fel-dag", faultOn);
            var from = await Messages.AdmitAsync(direction, TestPatients.Anna);

            await Messages.SendAsync(from, Types.Discharge);

            var landed = (await Messages.EventuallyInboxAsync(direction.To, direction.Recipient, 1)).Single();
            landed.Tidpunkt.Should().Be(faultOn && direction.Crosses ? expected.AddDays(1) : expected, $"fault {(faultOn ? "on" : "off")}");
        }
    }

    // Fault: tappa-meddelanden
    [TestCaseSource(nameof(EveryTypeInEveryDirection))]
    public async Task Dropping_loses_every_crossing_message_type_and_only_those(string type, Direction direction)
    {
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);
        if (type == Types.Withdrawn)
        {
            await Messages.SendAsync(from, Types.DischargeReady);
            await Messages.EventuallyInboxAsync(direction.To, direction.Recipient, 1);
        }
        var before = (await Messages.InboxAsync(direction.To, direction.Recipient)).Length;
        await SwitchFaultAsync("tappa-meddelanden", true);

        await Messages.SendAsync(from, type);
        if (direction.Crosses)
        {
            // The outbox hands over asynchronously: keep the fault on until the integration has dropped it.
            await Eventually.UntilAsync(RoutedStatusesAsync, statuses => statuses.Contains("tappad"));
        }
        await SwitchFaultAsync("tappa-meddelanden", false);
        await MarkerAsync(direction);

        var expected = before + (direction.Crosses ? 1 : 2);
        var inbox = await Messages.EventuallyInboxAsync(direction.To, direction.Recipient, expected);
        inbox.Should().HaveCount(expected);
        inbox.Count(r => r.Typ == type).Should().Be((direction.Crosses ? 0 : 1) + (type == Types.Admission ? 1 : 0));
    }

    // Fault: tappa-forsta-meddelandet
    [TestCase(true)]
    [TestCase(false)]
    public async Task Dropping_the_first_loses_only_the_first_crossing_message_after_the_switch(bool faultOn)
    {
        var direction = Direction.All[1]; // Samvy→SAMSA: crosses the integration
        await SwitchFaultAsync("tappa-forsta-meddelandet", faultOn);
        var first = await Messages.AdmitAsync(direction, TestPatients.Anna);
        var second = await Messages.AdmitAsync(direction, TestPatients.Bo);

        await Messages.SendAsync(first, Types.Admission);
        // The first is taken by the integration (and dropped, with the fault on) before the second is sent.
        await Eventually.UntilAsync(RoutedStatusesAsync, statuses => faultOn ? statuses.Contains("tappad") : statuses.Length >= 1);
        await Messages.SendAsync(second, Types.Admission);

        var inbox = await Messages.EventuallyInboxAsync(direction.To, direction.Recipient, faultOn ? 1 : 2);
        string[] expected = faultOn ? ["Kungsgatan 5, 441 30 Alingsås"] : ["Storgatan 1, 443 30 Lerum", "Kungsgatan 5, 441 30 Alingsås"];
        inbox.Select(r => r.Adress).Should().BeEquivalentTo(expected);
    }

    // Fault: dubbla-meddelanden
    [TestCaseSource(nameof(EveryTypeInEveryDirection))]
    public async Task Duplicating_doubles_every_crossing_message_type_and_only_those(string type, Direction direction)
    {
        await SwitchFaultAsync("dubbla-meddelanden", true);
        var from = await Messages.AdmitAsync(direction, TestPatients.Anna);

        await SendTypeAsync(from, type);
        await Eventually.UntilAsync(RoutedStatusesAsync, statuses => !direction.Crosses || statuses.Length >= (type == Types.Withdrawn ? 4 : 2));
        await SwitchFaultAsync("dubbla-meddelanden", false);
        await MarkerAsync(direction);

        var copies = direction.Crosses ? 2 : 1;
        var expected = copies * (type == Types.Withdrawn ? 2 : 1) + 1;
        var inbox = await Messages.EventuallyInboxAsync(direction.To, direction.Recipient, expected);
        inbox.Should().HaveCount(expected);
        inbox.Count(r => r.Typ == type).Should().Be(copies + (type == Types.Admission ? 1 : 0));
    }

    /// <summary>An admission notice for another patient, sent with the fault off: once it is in, nothing earlier is still on its way.</summary>
    private async Task MarkerAsync(Direction direction) =>
        await Messages.SendAsync(await Messages.AdmitAsync(direction, TestPatients.Bo), Types.Admission);

    private async Task<string[]> RoutedStatusesAsync() =>
        [.. (await RoutedAsync()).Select(m => m.GetProperty("status").GetString()!)];

}
