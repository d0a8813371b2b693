using E2E.Core.Settings;
using E2E.Drivers.Actors;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers.Messages;

/// <summary>
/// Messages between units across both systems: a person sends one in the pages of their own unit's system, and a
/// person at the receiving unit looks for it in their inbox. The direction is recorded here, for every kind, and the
/// message's way in the scenario's <see cref="MessageTrail"/> (evidence when the scenario fails).
/// </summary>
public sealed class MessagingDriver(
    SystemAdapters systems, ActorSessions sessions, DirectionLog directions, MessageTrail trail, PlaywrightSettings settings)
{
    public async Task<SentMessage> SendAsync(Actor sender, Admission admission, OutgoingMessage message)
    {
        var from = await systems.SystemOfAsync(sender.Unit);
        var to = await systems.SystemOfAsync(message.Recipient);
        directions.Record(from, to);
        var sent = new SentMessage(message, admission, sender, from, to);
        try
        {
            var page = await sessions.SignedInAsync(sender, from);
            await systems.For<IMessaging>(from).SendAsync(page, admission, message);
        }
        catch (Exception e)
        {
            trail.NotSent(sent, e.Message.Split('\n', 2)[0].Trim());
            throw;
        }
        trail.Sent(sent);
        return sent;
    }

    /// <summary>
    /// The reader opens their inbox in <paramref name="system"/> (the system the scenario expects the unit to work
    /// in) and waits for the message, recognised by kind and patient, and an admission notice by its estimate too, so
    /// an older notice for the patient does not count.
    /// </summary>
    public async Task<InboxEntry> ShouldArriveAsync(Actor reader, CareSystem system, SentMessage sent)
    {
        var mustShow = sent.Message.EstimatedDischarge?.ToString("yyyy-MM-dd") ?? "";
        var page = await sessions.SignedInAsync(reader, system);
        var patient = sent.Admission.Patient;
        try
        {
            var table = await systems.For<IMessaging>(system).OpenInboxAsync(page, reader.Unit, sent.Message.Kind);
            var seen = await InboxWatcher.WaitForAsync(table, reader.Unit, system, sent.Message.Kind,
                patient, mustShow, settings.Timeouts.MessageDelivery);
            trail.Arrived(seen, patient);
            return seen;
        }
        catch (Exception e)
        {
            trail.NotAsExpected(patient, e);
            throw;
        }
    }

    /// <summary>The message seen in the inbox is there once, and stays once for the duplicate window.</summary>
    public async Task ShouldHaveArrivedOnceAsync(InboxEntry seen, SentMessage sent)
    {
        var patient = sent.Admission.Patient;
        try
        {
            await InboxWatcher.ShouldStayAloneAsync(seen, patient.ShownIdentity, settings.Timeouts.DuplicateWindow);
        }
        catch (Exception e)
        {
            trail.NotAsExpected(patient, e);
            throw;
        }
        trail.ArrivedOnce(seen, patient, settings.Timeouts.DuplicateWindow);
    }
}
