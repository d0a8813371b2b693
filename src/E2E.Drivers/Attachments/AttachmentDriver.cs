using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers.Attachments;

/// <summary>
/// P08: a person sends a message with files in their own unit's system, which may refuse a file; the reader opens
/// the message from their inbox and downloads its files. A message that goes through is sent by
/// <see cref="MessagingDriver"/>, which records its direction; one tried here is recorded here, in the direction log
/// when it went through and in the <see cref="MessageTrail"/> either way.
/// </summary>
public sealed class AttachmentDriver(SystemAdapters systems, ActorSessions sessions, DirectionLog directions, MessageTrail trail)
{
    /// <summary>A message tried with its files: as it would have been sent, and what the sender was told.</summary>
    public sealed record Tried(SentMessage Message, Attempt Outcome);

    public async Task<Tried> TrySendAsync(Actor sender, Admission admission, OutgoingMessage message)
    {
        var from = await systems.SystemOfAsync(sender.Unit);
        var to = await systems.SystemOfAsync(message.Recipient);
        var page = await sessions.SignedInAsync(sender, from);
        var outcome = await systems.For<IMessageAttempting>(from).TrySendAsync(page, admission, message);
        var tried = new SentMessage(message, admission, sender, from, to);
        if (outcome.Succeeded)
        {
            directions.Record(from, to); // a refused message crosses nothing
            trail.Sent(tried);
        }
        else trail.NotSent(tried, $"{from.Display()} svarade \"{outcome.Told}\"");
        return new Tried(tried, outcome);
    }

    /// <summary>The reader opens the message seen in the inbox, as they would, and downloads every file on it.</summary>
    public async Task<IReadOnlyList<ReceivedFile>> FilesOnAsync(InboxEntry seen, Patient patient)
    {
        await seen.OpenAsync();
        return await new AttachmentList(seen.Row.Page, $"{seen.Kind.Definite} för {patient.DisplayPersonnummer} ({seen.InboxName})")
            .ReadAndDownloadAsync();
    }
}
